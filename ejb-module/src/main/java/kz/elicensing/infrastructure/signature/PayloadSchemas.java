package kz.elicensing.infrastructure.signature;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** Validates payloads against the contract's XSD (urn:kz:elicensing:v1), loaded once from the wsdl jar. */
public final class PayloadSchemas {
    private static final String ELICENSING_XSD = "META-INF/wsdl/elicensing/v1/elicensing.xsd";
    private static final Schema ELICENSING = load(ELICENSING_XSD);

    private PayloadSchemas() {
    }

    private static Schema load(String resource) {
        URL url = PayloadSchemas.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalStateException("schema not on the class path: " + resource);
        }
        try (InputStream in = url.openStream()) {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(new StreamSource(in, url.toExternalForm()));
        } catch (IOException | SAXException e) {
            throw new IllegalStateException("cannot load schema " + resource, e);
        }
    }

    /** The compiled urn:kz:elicensing:v1 schema (thread-safe). */
    public static Schema elicensing() {
        return ELICENSING;
    }

    /** Refuses with SCHEMA_VIOLATION when {@code node} does not follow elicensing.xsd. */
    public static void validate(Node node) {
        try {
            Validator validator = ELICENSING.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new DOMSource(node));
        } catch (SAXException e) {
            throw new ElicensingException(ErrorCode.SCHEMA_VIOLATION, "payload violates the schema: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

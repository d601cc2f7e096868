package kz.elicensing.infrastructure.signature;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/** The contract's XSD (urn:kz:elicensing:v1), compiled once from the wsdl jar; parsing validates against it in one pass. */
public final class PayloadSchemas {
    private static final String ELICENSING_XSD = "META-INF/wsdl/elicensing/v1/elicensing.xsd";
    private static final Schema ELICENSING = load(ELICENSING_XSD);

    private PayloadSchemas() {}

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
}

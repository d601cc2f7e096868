package kz.elicensing.infrastructure.signature;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** The one hardened XML parser and serializer for every inbound and outbound document: no DTD, no entities, no XInclude. */
public final class SecureXml {
    private static final DocumentBuilderFactory FACTORY = newFactory();
    private static final ThreadLocal<DocumentBuilder> BUILDERS = ThreadLocal.withInitial(SecureXml::newBuilder);

    private SecureXml() {
    }

    private static DocumentBuilderFactory newFactory() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            return f;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser cannot be hardened", e);
        }
    }

    private static DocumentBuilder newBuilder() {
        try {
            DocumentBuilder builder = FACTORY.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses {@code xml}; anything that is not plain well-formed XML is refused with MALFORMED_XML. */
    public static Document parse(byte[] xml) {
        DocumentBuilder builder = BUILDERS.get();
        try {
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXException | IOException e) {
            throw new ElicensingException(ErrorCode.MALFORMED_XML, "not acceptable XML: " + e.getMessage(), e);
        } finally {
            builder.reset();
        }
    }

    /** A new empty namespace-aware document. */
    public static Document newDocument() {
        return BUILDERS.get().newDocument();
    }

    /** Serializes a node as UTF-8 without re-indenting, so signed content stays byte-stable. */
    public static byte[] toBytes(Node node) {
        try {
            TransformerFactory tf = TransformerFactory.newInstance();
            tf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer t = tf.newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.INDENT, "no");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            t.transform(new DOMSource(node), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot serialize XML", e);
        }
    }
}

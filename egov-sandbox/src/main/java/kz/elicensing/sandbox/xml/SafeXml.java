package kz.elicensing.sandbox.xml;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
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
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** Hardened XML parsing (no DTDs, no external entities, no XInclude) and byte-preserving serialisation. */
public final class SafeXml {

    private static final DocumentBuilderFactory FACTORY = hardenedFactory();

    private SafeXml() {}

    /** A namespace-aware factory with DOCTYPE, external entities and XInclude disabled and secure processing on. */
    public static DocumentBuilderFactory hardenedFactory() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser cannot be hardened", e);
        }
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return f;
    }

    /** A fresh builder from the hardened factory (builders are not thread-safe). */
    public static DocumentBuilder newBuilder() {
        try {
            synchronized (FACTORY) {
                DocumentBuilder b = FACTORY.newDocumentBuilder();
                b.setErrorHandler(null);
                return b;
            }
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An empty namespace-aware document. */
    public static Document newDocument() {
        return newBuilder().newDocument();
    }

    /** Parses XML text with the hardened parser. */
    public static Document parse(String xml) throws SAXException {
        try {
            return newBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses XML bytes with the hardened parser (the encoding comes from the XML declaration). */
    public static Document parse(InputStream in) throws SAXException, IOException {
        return newBuilder().parse(in);
    }

    /** Serialises a node without indentation or any other change, with an XML declaration for documents. */
    public static String toXml(Node node) {
        try {
            Transformer t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.INDENT, "no");
            t.setOutputProperty(OutputKeys.METHOD, "xml");
            if (node instanceof Document doc) {
                doc.setXmlStandalone(true);
            } else {
                t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            }
            StringWriter out = new StringWriter();
            t.transform(new DOMSource(node), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("XML serialisation failed", e);
        }
    }
}

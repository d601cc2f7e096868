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
    /** Deepest element nesting accepted. */
    static final int MAX_DEPTH = 64;
    /** Most elements accepted in one document. */
    static final int MAX_ELEMENTS = 50_000;
    /** Most attributes on one element. */
    static final int MAX_ATTRIBUTES = 32;
    /** Longest attribute value, in characters. */
    static final int MAX_ATTRIBUTE_LENGTH = 8_192;

    private static final DocumentBuilderFactory FACTORY = newFactory();
    private static final ThreadLocal<DocumentBuilder> BUILDERS = ThreadLocal.withInitial(SecureXml::newBuilder);

    private SecureXml() {}

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
            trySetFeature(f, "http://apache.org/xml/features/dom/defer-node-expansion", false);
            trySetAttribute(f, "jdk.xml.maxElementDepth", String.valueOf(MAX_DEPTH + 1));
            trySetAttribute(f, "jdk.xml.elementAttributeLimit", String.valueOf(MAX_ATTRIBUTES + 1));
            return f;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser cannot be hardened", e);
        }
    }

    /** Every inbound tree is walked whole (shape, C14N), so Xerces' lazy node expansion only adds cost. */
    private static void trySetFeature(DocumentBuilderFactory f, String name, boolean value) {
        try {
            f.setFeature(name, value);
        } catch (ParserConfigurationException e) {
            // not Xerces: nothing to tune
        }
    }

    /** The JDK's parser stops early at these limits; another JAXP implementation is covered by {@link #checkShape}. */
    private static void trySetAttribute(DocumentBuilderFactory f, String name, String value) {
        try {
            f.setAttribute(name, value);
        } catch (IllegalArgumentException e) {
            // not the JDK parser: the shape check after parsing still applies
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
            Document doc = builder.parse(new ByteArrayInputStream(xml));
            checkShape(doc);
            return doc;
        } catch (SAXException | IOException e) {
            throw new ElicensingException(ErrorCode.MALFORMED_XML, "not acceptable XML: " + e.getMessage(), e);
        } finally {
            builder.reset();
        }
    }

    /**
     * Refuses documents deeper, wider or with longer attributes than the limits (MESSAGE_TOO_LARGE). The same walk
     * indexes what the signature checks need (every ds:Signature, every Id-like attribute value), so that they need
     * not walk the tree again.
     */
    static void checkShape(Document doc) {
        int elements = 0;
        DocumentIndex index = new DocumentIndex();
        Node[] stack = new Node[MAX_DEPTH + 2];
        Node node = doc.getDocumentElement();
        int depth = 1;
        while (node != null) {
            if (++elements > MAX_ELEMENTS || depth > MAX_DEPTH) {
                throw new ElicensingException(
                        ErrorCode.MESSAGE_TOO_LARGE,
                        "more than " + MAX_ELEMENTS + " elements or deeper than " + MAX_DEPTH,
                        MAX_ELEMENTS);
            }
            index.element((org.w3c.dom.Element) node);
            org.w3c.dom.NamedNodeMap attributes = node.getAttributes();
            int count = attributes.getLength();
            if (count > MAX_ATTRIBUTES) {
                throw new ElicensingException(
                        ErrorCode.MESSAGE_TOO_LARGE,
                        "more than " + MAX_ATTRIBUTES + " attributes on " + node.getNodeName(),
                        MAX_ATTRIBUTES);
            }
            for (int i = 0; i < count; i++) {
                Node attribute = attributes.item(i);
                String value = attribute.getNodeValue();
                if (value.length() > MAX_ATTRIBUTE_LENGTH) {
                    throw new ElicensingException(
                            ErrorCode.MESSAGE_TOO_LARGE,
                            "attribute longer than " + MAX_ATTRIBUTE_LENGTH,
                            MAX_ATTRIBUTE_LENGTH);
                }
                index.attribute(attribute, value);
            }
            // depth-first, document order: first child element, else next sibling element, else climb
            Node next = firstElement(node.getFirstChild());
            if (next != null) {
                stack[depth] = node;
                depth++;
            } else {
                next = firstElement(node.getNextSibling());
                while (next == null && depth > 1) {
                    depth--;
                    next = firstElement(stack[depth].getNextSibling());
                }
            }
            node = next;
        }
        doc.setUserData(DocumentIndex.KEY, index, null);
    }

    private static Node firstElement(Node from) {
        Node n = from;
        while (n != null && n.getNodeType() != Node.ELEMENT_NODE) {
            n = n.getNextSibling();
        }
        return n;
    }

    /** Marks a validation error (as opposed to a well-formedness error) of the validating parse. */
    private static final class SchemaError extends SAXException {
        private static final long serialVersionUID = 1L;

        SchemaError(SAXException cause) {
            super(cause.getMessage(), cause);
        }
    }

    private static final ThreadLocal<java.util.Map<javax.xml.validation.Schema, DocumentBuilder>> VALIDATING =
            ThreadLocal.withInitial(java.util.IdentityHashMap::new);

    /**
     * Parses and validates against {@code schema} in one pass (cheaper than validating the tree afterwards):
     * not well-formed is MALFORMED_XML, not valid is SCHEMA_VIOLATION.
     */
    public static Document parseValid(byte[] xml, javax.xml.validation.Schema schema) {
        DocumentBuilder builder = VALIDATING.get().computeIfAbsent(schema, SecureXml::newValidatingBuilder);
        try {
            Document doc = builder.parse(new ByteArrayInputStream(xml));
            checkShape(doc);
            return doc;
        } catch (SchemaError e) {
            parse(xml); // the shape limits answer first (MESSAGE_TOO_LARGE), as for documents parsed without a schema
            throw new ElicensingException(
                    ErrorCode.SCHEMA_VIOLATION, "payload violates the schema: " + e.getMessage(), e);
        } catch (SAXException | IOException e) {
            throw new ElicensingException(ErrorCode.MALFORMED_XML, "not acceptable XML: " + e.getMessage(), e);
        } finally {
            builder.reset();
            builder.setErrorHandler(VALIDATION_ERRORS);
        }
    }

    private static final org.xml.sax.ErrorHandler VALIDATION_ERRORS = new org.xml.sax.ErrorHandler() {
        @Override
        public void warning(org.xml.sax.SAXParseException e) {
            // warnings do not refuse a document
        }

        @Override
        public void error(org.xml.sax.SAXParseException e) throws SAXException {
            throw new SchemaError(e);
        }

        @Override
        public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private static DocumentBuilder newValidatingBuilder(javax.xml.validation.Schema schema) {
        try {
            DocumentBuilderFactory f = newFactory();
            f.setSchema(schema);
            DocumentBuilder builder = f.newDocumentBuilder();
            builder.setErrorHandler(VALIDATION_ERRORS);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new empty namespace-aware document. */
    public static Document newDocument() {
        return BUILDERS.get().newDocument();
    }

    /** Serializes a node as UTF-8 without re-indenting, so signed content stays byte-stable. */
    public static byte[] toBytes(Node node) {
        Transformer t = SERIALIZERS.get();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            t.transform(new DOMSource(node), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot serialize XML", e);
        } finally {
            t.reset();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.INDENT, "no");
        }
    }

    /** One hardened identity transformer per thread (the factory lookup costs more than the serialization). */
    private static final ThreadLocal<Transformer> SERIALIZERS = ThreadLocal.withInitial(() -> {
        try {
            TransformerFactory tf = TransformerFactory.newInstance();
            tf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer t = tf.newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.INDENT, "no");
            return t;
        } catch (javax.xml.transform.TransformerConfigurationException e) {
            throw new IllegalStateException("no hardened XML serializer", e);
        }
    });
}

package kz.elicensing.infrastructure.signature.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The mutations the fuzz properties apply to a valid signed document or envelope: bytes, elements, attributes,
 * encodings, namespaces, and the signature's parts (SignatureValue, DigestValue, KeyInfo certificate or
 * BinarySecurityToken, Reference URI, Transforms, algorithms, duplicate Ids). Each mutation is a plain value, so
 * jqwik shrinks and reports it.
 */
public final class Mutations {
    private static final String DSIG = "http://www.w3.org/2000/09/xmldsig#";
    private static final String WSSE =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";

    /** What a mutation does. */
    public enum Kind {
        FLIP_BYTE,
        DELETE_BYTES,
        INSERT_TEXT,
        TRUNCATE,
        REENCODE,
        REMOVE_ELEMENT,
        DUPLICATE_ELEMENT,
        MOVE_ELEMENT,
        RENAMESPACE_ELEMENT,
        SET_TEXT,
        SET_ATTRIBUTE,
        REMOVE_ATTRIBUTE,
        DUPLICATE_ID,
        SIGNATURE_PART
    }

    /** One signature part a SIGNATURE_PART mutation replaces (element text, attribute value, or the element). */
    private record Part(String ns, String local, String attribute) {}

    private static final List<Part> PARTS = List.of(
            new Part(DSIG, "SignatureValue", null),
            new Part(DSIG, "DigestValue", null),
            new Part(DSIG, "X509Certificate", null),
            new Part(WSSE, "BinarySecurityToken", null),
            new Part(WSSE, "Reference", "URI"),
            new Part(DSIG, "Reference", "URI"),
            new Part(DSIG, "Transform", "Algorithm"),
            new Part(DSIG, "SignatureMethod", "Algorithm"),
            new Part(DSIG, "DigestMethod", "Algorithm"),
            new Part(DSIG, "CanonicalizationMethod", "Algorithm"),
            new Part(DSIG, "Transforms", "-"),
            new Part(DSIG, "KeyInfo", "-"),
            new Part(DSIG, "SignedInfo", "-"));

    private static final List<String> ENCODINGS = List.of("UTF-16", "ISO-8859-1", "US-ASCII", "UTF-16LE", "BOM");

    /** One mutation: its kind, where (an index into bytes, elements or attributes) and what (an index or a text). */
    public record Mutation(Kind kind, int where, int what, String text) {}

    private Mutations() {}

    /** Texts worth trying in a signature: random characters, base64-like runs, Id references, algorithm URIs. */
    public static Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange(' ', '\uD7FF').ofMaxLength(24),
                Arbitraries.strings().withChars("ABCDEFabcdef0123456789+/= \n").ofMaxLength(80),
                Arbitraries.of(
                        "",
                        " ",
                        "#",
                        "#nowhere",
                        "#id-1",
                        "http://127.0.0.1:9/x",
                        "file:///etc/passwd",
                        "urn:x",
                        "http://www.w3.org/2000/09/xmldsig#rsa-sha1",
                        "http://www.w3.org/2000/09/xmldsig#sha1",
                        "http://www.w3.org/TR/1999/REC-xslt-19991116",
                        "http://www.w3.org/TR/1999/REC-xpath-19991116",
                        "http://www.w3.org/2000/09/xmldsig#enveloped-signature",
                        "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
                        "&amp;",
                        "MIIB",
                        "AAAA",
                        "=="));
    }

    /** One mutation of any kind. */
    public static Arbitrary<Mutation> mutations() {
        return Combinators.combine(
                        Arbitraries.of(Kind.class),
                        Arbitraries.integers().between(0, Integer.MAX_VALUE),
                        Arbitraries.integers().between(0, Integer.MAX_VALUE),
                        texts())
                .as(Mutation::new);
    }

    /** One to three mutations. */
    public static Arbitrary<List<Mutation>> someMutations() {
        return mutations().list().ofMinSize(1).ofMaxSize(3);
    }

    /** {@code original} with the mutations applied one after another. */
    public static byte[] apply(byte[] original, List<Mutation> mutations) {
        byte[] bytes = original;
        for (Mutation m : mutations) {
            bytes = apply(bytes, m);
        }
        return bytes;
    }

    static byte[] apply(byte[] bytes, Mutation m) {
        return switch (m.kind()) {
            case FLIP_BYTE -> flip(bytes, m);
            case DELETE_BYTES -> delete(bytes, m);
            case INSERT_TEXT -> insert(bytes, m);
            case TRUNCATE -> Arrays.copyOf(bytes, bytes.length == 0 ? 0 : m.where() % bytes.length);
            default -> onTree(bytes, m);
        };
    }

    private static byte[] flip(byte[] bytes, Mutation m) {
        if (bytes.length == 0) {
            return bytes;
        }
        byte[] copy = bytes.clone();
        copy[m.where() % copy.length] ^= (byte) (1 << (m.what() % 8));
        return copy;
    }

    private static byte[] delete(byte[] bytes, Mutation m) {
        if (bytes.length == 0) {
            return bytes;
        }
        int from = m.where() % bytes.length;
        int to = Math.min(bytes.length, from + 1 + m.what() % 64);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, from);
        out.write(bytes, to, bytes.length - to);
        return out.toByteArray();
    }

    private static byte[] insert(byte[] bytes, Mutation m) {
        int at = bytes.length == 0 ? 0 : m.where() % bytes.length;
        byte[] text = m.text().getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at);
        out.writeBytes(text);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    /** A tree mutation; bytes that no longer parse (an earlier byte mutation) are returned unchanged. */
    private static byte[] onTree(byte[] bytes, Mutation m) {
        Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            return bytes;
        }
        List<Element> elements = elements(doc);
        Element target = elements.get(m.where() % elements.size());
        Element root = doc.getDocumentElement();
        String encoding = "UTF-8";
        switch (m.kind()) {
            case REENCODE -> encoding = ENCODINGS.get(m.what() % ENCODINGS.size());
            case REMOVE_ELEMENT -> {
                if (target != root) {
                    target.getParentNode().removeChild(target);
                }
            }
            case DUPLICATE_ELEMENT -> {
                if (target != root) {
                    target.getParentNode().insertBefore(target.cloneNode(true), target);
                }
            }
            case MOVE_ELEMENT -> {
                Element to = elements.get(m.what() % elements.size());
                if (target != root && !isAncestor(target, to)) {
                    to.appendChild(target);
                }
            }
            case RENAMESPACE_ELEMENT ->
                doc.renameNode(target, m.what() % 2 == 0 ? "urn:fuzz" : null, target.getLocalName());
            case SET_TEXT -> target.setTextContent(m.text());
            case SET_ATTRIBUTE -> {
                List<Attr> attributes = attributes(elements);
                if (!attributes.isEmpty()) {
                    attributes.get(m.what() % attributes.size()).setValue(m.text());
                } else {
                    target.setAttribute("Id", m.text());
                }
            }
            case REMOVE_ATTRIBUTE -> {
                List<Attr> attributes = attributes(elements);
                if (!attributes.isEmpty()) {
                    Attr a = attributes.get(m.what() % attributes.size());
                    a.getOwnerElement().removeAttributeNode(a);
                }
            }
            case DUPLICATE_ID -> {
                Attr id = attributes(elements).stream()
                        .filter(a -> a.getLocalName().equalsIgnoreCase("Id"))
                        .findFirst()
                        .orElse(null);
                if (id != null && target != id.getOwnerElement()) {
                    target.setAttributeNS(id.getNamespaceURI(), id.getName(), id.getValue());
                }
            }
            case SIGNATURE_PART -> signaturePart(doc, m);
            default -> throw new IllegalStateException(m.kind().name());
        }
        return serialize(doc, encoding);
    }

    private static void signaturePart(Document doc, Mutation m) {
        Part part = PARTS.get(m.what() % PARTS.size());
        NodeList found = doc.getElementsByTagNameNS(part.ns(), part.local());
        if (found.getLength() == 0) {
            return;
        }
        Element e = (Element) found.item(m.where() % found.getLength());
        if ("-".equals(part.attribute())) {
            e.getParentNode().removeChild(e);
        } else if (part.attribute() != null) {
            e.setAttribute(part.attribute(), m.text());
        } else {
            e.setTextContent(m.text());
        }
    }

    private static boolean isAncestor(Node node, Node of) {
        for (Node n = of; n != null; n = n.getParentNode()) {
            if (n == node) {
                return true;
            }
        }
        return false;
    }

    private static List<Element> elements(Document doc) {
        NodeList all = doc.getElementsByTagName("*");
        List<Element> result = new ArrayList<>(all.getLength());
        for (int i = 0; i < all.getLength(); i++) {
            result.add((Element) all.item(i));
        }
        return result;
    }

    private static List<Attr> attributes(List<Element> elements) {
        List<Attr> result = new ArrayList<>();
        for (Element e : elements) {
            NamedNodeMap map = e.getAttributes();
            for (int i = 0; i < map.getLength(); i++) {
                Attr a = (Attr) map.item(i);
                if (!"http://www.w3.org/2000/xmlns/".equals(a.getNamespaceURI())) {
                    result.add(a);
                }
            }
        }
        return result;
    }

    private static byte[] serialize(Document doc, String encoding) {
        try {
            Transformer t = TransformerFactory.newInstance().newTransformer();
            boolean bom = "BOM".equals(encoding);
            t.setOutputProperty(OutputKeys.ENCODING, bom ? "UTF-8" : encoding);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (bom) {
                out.write(0xEF);
                out.write(0xBB);
                out.write(0xBF);
            }
            t.transform(new DOMSource(doc), new StreamResult(out));
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException("the fuzz harness cannot serialize its own mutation", e);
        }
    }
}

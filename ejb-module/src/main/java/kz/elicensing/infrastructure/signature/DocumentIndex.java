package kz.elicensing.infrastructure.signature;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** What the hardened parse's one walk noticed for the signature checks: every ds:Signature and how often each Id value occurs. */
final class DocumentIndex {
    static final String KEY = DocumentIndex.class.getName();
    private static final String WSU =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";

    private final List<Element> signatures = new ArrayList<>(2);
    private final Map<String, Integer> ids = new HashMap<>();

    void element(Element element) {
        if ("Signature".equals(element.getLocalName())
                && EnvelopedSignatureVerifier.DSIG.equals(element.getNamespaceURI())) {
            signatures.add(element);
        }
    }

    /** Counts the value of an attribute that may serve as an Id: Id, ID, id (no namespace) or wsu:Id. */
    void attribute(Node attribute, String value) {
        String ns = attribute.getNamespaceURI();
        String name = attribute.getLocalName();
        if (ns == null
                ? "Id".equals(name) || "ID".equals(name) || "id".equals(name)
                : WSU.equals(ns) && "Id".equals(name)) {
            ids.merge(value, 1, Integer::sum);
        }
    }

    /** Every ds:Signature of the document, in document order. */
    List<Element> signatures() {
        return signatures;
    }

    /** How many elements carry {@code id} as an Id-like attribute. */
    int occurrences(String id) {
        return ids.getOrDefault(id, 0);
    }

    /**
     * Takes the index the hardened parse left on {@code doc} (once: a second use, or a document parsed elsewhere, gets
     * a fresh walk, so a tree changed after parsing is never judged by a stale index).
     */
    static DocumentIndex of(Document doc) {
        Object index = doc.setUserData(KEY, null, null);
        if (index instanceof DocumentIndex) {
            return (DocumentIndex) index;
        }
        SecureXml.checkShape(doc);
        return (DocumentIndex) doc.setUserData(KEY, null, null);
    }
}

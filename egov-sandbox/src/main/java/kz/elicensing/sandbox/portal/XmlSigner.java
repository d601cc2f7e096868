package kz.elicensing.sandbox.portal;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Objects;
import java.util.UUID;
import kz.elicensing.sandbox.pki.IssuedIdentity;
import kz.elicensing.sandbox.xml.SafeXml;
import org.apache.xml.security.Init;
import org.apache.xml.security.algorithms.MessageDigestAlgorithm;
import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.transforms.Transforms;
import org.apache.xml.security.utils.Constants;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Enveloped XML-DSig with Santuario as the portal (and NCALayer) makes it: one Reference to "#" + the root's Id,
 * enveloped-signature + exclusive C14N, SHA-256, RSA-SHA256 or ECDSA-SHA256, signer certificate in KeyInfo,
 * ds:Signature as the last child of the root.
 */
public final class XmlSigner {

    static {
        Init.init();
    }

    private final PrivateKey key;
    private final X509Certificate certificate;

    public XmlSigner(PrivateKey key, X509Certificate certificate) {
        this.key = Objects.requireNonNull(key, "key");
        this.certificate = Objects.requireNonNull(certificate, "certificate");
    }

    public XmlSigner(IssuedIdentity identity) {
        this(identity.privateKey(), identity.certificate());
    }

    /**
     * Signs the document in place and returns it. The root's Id attribute is registered as an ID;
     * a root without Id gets one ("doc-" + UUID).
     */
    public Document sign(Document doc) {
        Element root = doc.getDocumentElement();
        String id = root.getAttributeNS(null, "Id");
        if (id.isEmpty()) {
            id = "doc-" + UUID.randomUUID();
            root.setAttributeNS(null, "Id", id);
        }
        root.setIdAttributeNS(null, "Id", true);
        return sign(doc, "#" + id, root);
    }

    /**
     * Signs the whole document as NCALayer does (Reference URI="", enveloped-signature + exclusive C14N), without
     * adding an Id; ds:Signature becomes the last child of the root. Returns the document.
     */
    public Document signWholeDocument(Document doc) {
        return sign(doc, "", doc.getDocumentElement());
    }

    /**
     * Signs in place with one Reference ({@code ""}: the whole document; {@code "#id"}: the element of that
     * registered ID), enveloped-signature + exclusive C14N, appending ds:Signature to {@code parent}.
     */
    public Document sign(Document doc, String referenceUri, Element parent) {
        String method = "EC".equals(key.getAlgorithm())
                ? XMLSignature.ALGO_ID_SIGNATURE_ECDSA_SHA256
                : XMLSignature.ALGO_ID_SIGNATURE_RSA_SHA256;
        try {
            XMLSignature sig = new XMLSignature(doc, "", method, Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS);
            parent.appendChild(sig.getElement());
            Transforms transforms = new Transforms(doc);
            transforms.addTransform(Transforms.TRANSFORM_ENVELOPED_SIGNATURE);
            transforms.addTransform(Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS);
            sig.addDocument(referenceUri, transforms, MessageDigestAlgorithm.ALGO_ID_DIGEST_SHA256);
            sig.addKeyInfo(certificate);
            sig.sign(key);
            return doc;
        } catch (XMLSecurityException e) {
            throw new IllegalStateException("XML signing failed: " + e.getMessage(), e);
        }
    }

    /** Signs in place and serialises with {@link #toXml(Document)}. */
    public String signToXml(Document doc) {
        return toXml(sign(doc));
    }

    /** Removes every ds:Signature that is a direct child of the root (to re-sign a document). */
    public static Document stripSignatures(Document doc) {
        Element root = doc.getDocumentElement();
        Node n = root.getFirstChild();
        while (n != null) {
            Node next = n.getNextSibling();
            if (n.getNodeType() == Node.ELEMENT_NODE
                    && Constants.SignatureSpecNS.equals(n.getNamespaceURI())
                    && "Signature".equals(n.getLocalName())) {
                root.removeChild(n);
            }
            n = next;
        }
        return doc;
    }

    /** Serialises without pretty-printing or any other change (so signed bytes stay valid), UTF-8, with an XML declaration. */
    public static String toXml(Document doc) {
        return SafeXml.toXml(doc);
    }
}

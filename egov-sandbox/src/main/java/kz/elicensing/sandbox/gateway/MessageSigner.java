package kz.elicensing.sandbox.gateway;

import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;
import org.apache.xml.security.Init;
import org.apache.xml.security.algorithms.MessageDigestAlgorithm;
import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.transforms.Transforms;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The ShEP message-level signature on a SOAP 1.1 envelope (contracts §1): {@code wsu:Id} on the Body, a
 * {@code wsse:Security} header (no mustUnderstand) with the certificate as {@code wsse:BinarySecurityToken} and a
 * {@code ds:Signature} over the Body (exclusive C14N, RSA-SHA256 or ECDSA-SHA256, SHA-256) that names the token.
 */
public final class MessageSigner {

    public static final String SOAP11_NS = "http://schemas.xmlsoap.org/soap/envelope/";
    public static final String WSSE_NS =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    public static final String WSU_NS =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
    public static final String X509_TOKEN =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-x509-token-profile-1.0#X509v3";
    public static final String BASE64_BINARY =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary";
    private static final String XMLNS_NS = "http://www.w3.org/2000/xmlns/";

    static {
        Init.init();
    }

    private MessageSigner() {}

    /**
     * Signs the envelope in place with {@code key}, presenting {@code certificate} as the signer's token. A key
     * that does not belong to the certificate gives a signature that no receiver can verify (the wrongSignature
     * fault).
     */
    public static Document sign(Document envelope, PrivateKey key, X509Certificate certificate) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(certificate, "certificate");
        Element root = envelope.getDocumentElement();
        if (!SOAP11_NS.equals(root.getNamespaceURI()) || !"Envelope".equals(root.getLocalName())) {
            throw new IllegalArgumentException("not a SOAP 1.1 envelope");
        }
        Element body = child(root, "Body");
        if (body == null) {
            throw new IllegalArgumentException("the envelope has no Body");
        }
        Element header = child(root, "Header");
        if (header == null) {
            header = envelope.createElementNS(SOAP11_NS, qualified(root.getPrefix(), "Header"));
            root.insertBefore(header, body);
        }
        String bodyId = "Body-" + UUID.randomUUID();
        body.setAttributeNS(XMLNS_NS, "xmlns:wsu", WSU_NS);
        body.setAttributeNS(WSU_NS, "wsu:Id", bodyId);
        body.setIdAttributeNS(WSU_NS, "Id", true);

        Element security = envelope.createElementNS(WSSE_NS, "wsse:Security");
        security.setAttributeNS(XMLNS_NS, "xmlns:wsse", WSSE_NS);
        security.setAttributeNS(XMLNS_NS, "xmlns:wsu", WSU_NS);
        header.appendChild(security);
        String tokenId = "X509-" + UUID.randomUUID();
        Element token = envelope.createElementNS(WSSE_NS, "wsse:BinarySecurityToken");
        token.setAttributeNS(null, "EncodingType", BASE64_BINARY);
        token.setAttributeNS(null, "ValueType", X509_TOKEN);
        token.setAttributeNS(WSU_NS, "wsu:Id", tokenId);
        token.setIdAttributeNS(WSU_NS, "Id", true);
        try {
            token.setTextContent(Base64.getEncoder().encodeToString(certificate.getEncoded()));
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("certificate cannot be encoded", e);
        }
        security.appendChild(token);

        String method = "EC".equals(key.getAlgorithm())
                ? XMLSignature.ALGO_ID_SIGNATURE_ECDSA_SHA256
                : XMLSignature.ALGO_ID_SIGNATURE_RSA_SHA256;
        try {
            XMLSignature sig = new XMLSignature(envelope, "", method, Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS);
            security.appendChild(sig.getElement());
            Transforms transforms = new Transforms(envelope);
            transforms.addTransform(Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS);
            sig.addDocument("#" + bodyId, transforms, MessageDigestAlgorithm.ALGO_ID_DIGEST_SHA256);
            Element reference = envelope.createElementNS(WSSE_NS, "wsse:SecurityTokenReference");
            Element ref = envelope.createElementNS(WSSE_NS, "wsse:Reference");
            ref.setAttributeNS(null, "URI", "#" + tokenId);
            ref.setAttributeNS(null, "ValueType", X509_TOKEN);
            reference.appendChild(ref);
            sig.getKeyInfo().addUnknownElement(reference);
            sig.sign(key);
        } catch (XMLSecurityException e) {
            throw new IllegalStateException("message signing failed: " + e.getMessage(), e);
        }
        return envelope;
    }

    private static Element child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && SOAP11_NS.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static String qualified(String prefix, String localName) {
        return prefix == null || prefix.isEmpty() ? localName : prefix + ":" + localName;
    }
}

package kz.elicensing.sandbox.xml;

import java.io.ByteArrayInputStream;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.UUID;
import org.apache.xml.security.Init;
import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.algorithms.MessageDigestAlgorithm;
import org.apache.xml.security.signature.Reference;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.transforms.Transforms;
import org.apache.xml.security.utils.Constants;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The sandbox's own WS-Security (X.509 token profile) for ShEP messages, written apart from E-licensing's so the two
 * check each other: signs the soap:Body (wsu:Id, exclusive C14N, RSA/ECDSA-SHA256, SHA-256, BinarySecurityToken
 * named by a SecurityTokenReference) and verifies such a signature, returning the sender's certificate.
 */
public final class WsSecurityMessages {
    public static final String SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/";
    public static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    public static final String WSU = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
    private static final String X509V3 = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-x509-token-profile-1.0#X509v3";
    private static final String BASE64 = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary";
    private static final String XMLNS = "http://www.w3.org/2000/xmlns/";

    static {
        Init.init();
    }

    private WsSecurityMessages() {
    }

    /** Adds the wsse:Security header with a signature over the Body, in place. */
    public static void sign(Document doc, PrivateKey key, X509Certificate certificate) {
        Element envelope = doc.getDocumentElement();
        Element body = child(envelope, SOAP11, "Body");
        Element header = child(envelope, SOAP11, "Header");
        if (header == null) {
            String prefix = envelope.getPrefix();
            header = doc.createElementNS(SOAP11, (prefix == null ? "" : prefix + ":") + "Header");
            envelope.insertBefore(header, body);
        }
        String bodyId = body.getAttributeNS(WSU, "Id");
        if (bodyId.isEmpty()) {
            bodyId = "id-" + UUID.randomUUID();
            body.setAttributeNS(XMLNS, "xmlns:wsu", WSU);
            body.setAttributeNS(WSU, "wsu:Id", bodyId);
        }
        body.setIdAttributeNS(WSU, "Id", true);
        Element security = doc.createElementNS(WSSE, "wsse:Security");
        security.setAttributeNS(XMLNS, "xmlns:wsse", WSSE);
        security.setAttributeNS(XMLNS, "xmlns:wsu", WSU);
        header.appendChild(security);
        String tokenId = "X509-" + UUID.randomUUID();
        Element token = doc.createElementNS(WSSE, "wsse:BinarySecurityToken");
        token.setAttributeNS(null, "EncodingType", BASE64);
        token.setAttributeNS(null, "ValueType", X509V3);
        token.setAttributeNS(WSU, "wsu:Id", tokenId);
        try {
            token.setTextContent(Base64.getEncoder().encodeToString(certificate.getEncoded()));
            security.appendChild(token);
            String method = "EC".equals(key.getAlgorithm())
                    ? XMLSignature.ALGO_ID_SIGNATURE_ECDSA_SHA256 : XMLSignature.ALGO_ID_SIGNATURE_RSA_SHA256;
            XMLSignature sig = new XMLSignature(doc, "", method, Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS);
            security.appendChild(sig.getElement());
            Transforms transforms = new Transforms(doc);
            transforms.addTransform(Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS);
            sig.addDocument("#" + bodyId, transforms, MessageDigestAlgorithm.ALGO_ID_DIGEST_SHA256);
            Element str = doc.createElementNS(WSSE, "wsse:SecurityTokenReference");
            Element ref = doc.createElementNS(WSSE, "wsse:Reference");
            ref.setAttributeNS(null, "URI", "#" + tokenId);
            ref.setAttributeNS(null, "ValueType", X509V3);
            str.appendChild(ref);
            sig.getKeyInfo().addUnknownElement(str);
            sig.sign(key);
        } catch (XMLSecurityException | CertificateException e) {
            throw new IllegalStateException("cannot sign the message: " + e.getMessage(), e);
        }
    }

    /**
     * Verifies the Body signature (one Security header, one Reference to the envelope's own Body) and the
     * certificate's path to {@code trust}; returns the certificate. Failures are MESSAGE_SIGNATURE_INVALID.
     */
    public static X509Certificate verify(Document doc, XmlSignatureVerifier trust) throws SignatureCheckException {
        Element envelope = doc.getDocumentElement();
        Element header = child(envelope, SOAP11, "Header");
        Element security = header == null ? null : child(header, WSSE, "Security");
        Element sigEl = security == null ? null : child(security, Constants.SignatureSpecNS, "Signature");
        Element body = child(envelope, SOAP11, "Body");
        if (sigEl == null || body == null) {
            throw invalid("no wsse:Security signature");
        }
        String bodyId = body.getAttributeNS(WSU, "Id");
        if (bodyId.isEmpty() || count(doc.getDocumentElement(), bodyId) != 1) {
            throw invalid("the Body has no unique wsu:Id");
        }
        body.setIdAttributeNS(WSU, "Id", true);
        try {
            XMLSignature sig = new XMLSignature(sigEl, "", true);
            if (sig.getSignedInfo().getLength() != 1) {
                throw invalid("expected one Reference");
            }
            Reference ref = sig.getSignedInfo().item(0);
            if (!("#" + bodyId).equals(ref.getURI())) {
                throw invalid("the Reference does not point to the Body");
            }
            X509Certificate cert = token(sig, security);
            if (!sig.checkSignatureValue(cert) || doc.getElementById(bodyId) != body) {
                throw invalid("the Body signature does not verify");
            }
            try {
                trust.checkCertificate(cert);
            } catch (SignatureCheckException e) {
                throw new SignatureCheckException("MESSAGE_SIGNATURE_INVALID", e.code() + ": " + e.getMessage(), e);
            }
            return cert;
        } catch (XMLSecurityException e) {
            throw new SignatureCheckException("MESSAGE_SIGNATURE_INVALID", e.getMessage(), e);
        }
    }

    private static X509Certificate token(XMLSignature sig, Element security) throws SignatureCheckException {
        Element str = sig.getKeyInfo() == null ? null : child(sig.getKeyInfo().getElement(), WSSE, "SecurityTokenReference");
        Element ref = str == null ? null : child(str, WSSE, "Reference");
        String uri = ref == null ? "" : ref.getAttribute("URI");
        for (Node n = security.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "BinarySecurityToken".equals(e.getLocalName())
                    && uri.equals("#" + e.getAttributeNS(WSU, "Id"))) {
                try {
                    return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(
                            new ByteArrayInputStream(Base64.getMimeDecoder().decode(e.getTextContent().trim())));
                } catch (CertificateException | IllegalArgumentException ex) {
                    throw invalid("unreadable BinarySecurityToken");
                }
            }
        }
        throw invalid("no BinarySecurityToken for " + uri);
    }

    private static int count(Element e, String id) {
        int n = id.equals(e.getAttributeNS(WSU, "Id")) || id.equals(e.getAttribute("Id")) ? 1 : 0;
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element ce) {
                n += count(ce, id);
            }
        }
        return n;
    }

    private static Element child(Element parent, String ns, String local) {
        Element found = null;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ns.equals(e.getNamespaceURI()) && local.equals(e.getLocalName())) {
                if (found != null) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }

    private static SignatureCheckException invalid(String message) {
        return new SignatureCheckException("MESSAGE_SIGNATURE_INVALID", message);
    }
}

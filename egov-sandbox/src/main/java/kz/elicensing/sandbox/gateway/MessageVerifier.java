package kz.elicensing.sandbox.gateway;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import kz.elicensing.sandbox.xml.SignatureCheckException;
import kz.elicensing.sandbox.xml.XmlSignatureVerifier;
import org.apache.xml.security.Init;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.signature.Reference;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.utils.Constants;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Verifies the ShEP message-level signature that {@link MessageSigner} makes (written apart from E-licensing's
 * verifier, so the two check each other): one wsse:Security, one Reference to the envelope's own Body, the
 * BinarySecurityToken the KeyInfo names, and that certificate's path to the sandbox CA.
 */
public final class MessageVerifier {
    public static final String SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/";
    public static final String WSSE =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    public static final String WSU =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";

    static {
        Init.init();
    }

    private MessageVerifier() {}

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
        Element str =
                sig.getKeyInfo() == null ? null : child(sig.getKeyInfo().getElement(), WSSE, "SecurityTokenReference");
        Element ref = str == null ? null : child(str, WSSE, "Reference");
        String uri = ref == null ? "" : ref.getAttribute("URI");
        for (Node n = security.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e
                    && "BinarySecurityToken".equals(e.getLocalName())
                    && uri.equals("#" + e.getAttributeNS(WSU, "Id"))) {
                try {
                    return (X509Certificate) CertificateFactory.getInstance("X.509")
                            .generateCertificate(new ByteArrayInputStream(Base64.getMimeDecoder()
                                    .decode(e.getTextContent().trim())));
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

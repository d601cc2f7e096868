package kz.elicensing.infrastructure.signature;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.keys.KeyInfo;
import org.apache.xml.security.signature.Reference;
import org.apache.xml.security.signature.SignedInfo;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.transforms.Transforms;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Verifies the message-level signature of a SOAP 1.1 message (contracts.md §1), in order: one wsse:Security header
 * with one ds:Signature; one Reference, to the wsu:Id of the envelope's own Body (so a moved or duplicated Body
 * fails); allowed algorithms; the certificate from the BinarySecurityToken the KeyInfo points to; signature value and
 * digest; then the certificate: validity, path to a trust anchor, revocation. Every refusal is
 * MESSAGE_SIGNATURE_INVALID (REVOCATION_UNKNOWN stays itself: the sender may try again).
 */
public final class WsSecurityVerifier {
    private static final List<String> TRANSFORMS =
            List.of(Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS, Transforms.TRANSFORM_C14N_OMIT_COMMENTS);

    private WsSecurityVerifier() {}

    /** The sending system's certificate, once the message's signature and that certificate are verified at {@code at}. */
    public static X509Certificate verify(Document doc, Instant at, TrustAnchors anchors, RevocationChecker revocation) {
        XmlSecurityInit.ensure();
        Element envelope = doc.getDocumentElement();
        if (!WsSecurity.SOAP11.equals(envelope.getNamespaceURI()) || !"Envelope".equals(envelope.getLocalName())) {
            throw refused("not a SOAP 1.1 envelope");
        }
        Element header = WsSecurity.only(envelope, WsSecurity.SOAP11, "Header", "soap:Header");
        Element security =
                header == null ? null : WsSecurity.only(header, WsSecurity.WSSE, "Security", "wsse:Security");
        if (security == null) {
            throw refused("the message carries no wsse:Security signature");
        }
        Element signatureElement =
                WsSecurity.only(security, EnvelopedSignatureVerifier.DSIG, "Signature", "ds:Signature");
        if (signatureElement == null) {
            throw refused("wsse:Security holds no ds:Signature");
        }
        Element body = WsSecurity.only(envelope, WsSecurity.SOAP11, "Body", "soap:Body");
        String bodyId = body == null ? "" : body.getAttributeNS(WsSecurity.WSU, "Id");
        if (bodyId.isEmpty()) {
            throw refused("the soap:Body has no wsu:Id");
        }
        int occurrences = DocumentIndex.of(doc).occurrences(bodyId);
        if (occurrences != 1) {
            throw refused("the Body's Id " + bodyId + " occurs " + occurrences + " times");
        }
        body.setIdAttributeNS(WsSecurity.WSU, "Id", true);
        try {
            XMLSignature signature = new XMLSignature(signatureElement, "", true);
            SignedInfo signedInfo = signature.getSignedInfo();
            if (!EnvelopedSignatureVerifier.SIGNATURE_METHODS.contains(signedInfo.getSignatureMethodURI())) {
                throw refused("signature algorithm not allowed: " + signedInfo.getSignatureMethodURI());
            }
            if (!EnvelopedSignatureVerifier.C14N_METHODS.contains(signedInfo.getCanonicalizationMethodURI())) {
                throw refused("canonicalization not allowed: " + signedInfo.getCanonicalizationMethodURI());
            }
            if (signedInfo.getLength() != 1) {
                throw refused("expected one Reference (the Body), found " + signedInfo.getLength());
            }
            Reference reference = signedInfo.item(0);
            if (!("#" + bodyId).equals(reference.getURI())) {
                throw refused("the Reference points to " + reference.getURI() + ", not to the Body #" + bodyId);
            }
            Transforms transforms = reference.getTransforms();
            for (int i = 0; transforms != null && i < transforms.getLength(); i++) {
                if (!TRANSFORMS.contains(transforms.item(i).getURI())) {
                    throw refused("transform not allowed: " + transforms.item(i).getURI());
                }
            }
            if (!EnvelopedSignatureVerifier.DIGESTS.contains(
                    reference.getMessageDigestAlgorithm().getAlgorithmURI())) {
                throw refused("digest algorithm not allowed: "
                        + reference.getMessageDigestAlgorithm().getAlgorithmURI());
            }
            X509Certificate certificate = certificate(signature.getKeyInfo(), security);
            if (!signature.checkSignatureValue(certificate)) {
                throw refused("the Body's digest or the signature value does not verify");
            }
            if (doc.getElementById(bodyId) != body) {
                throw refused("the signature covers another element than the Body");
            }
            try {
                CertificateValidator.validate(certificate, List.of(), anchors.anchors(), at);
                revocation.check(certificate, anchors.issuerOf(certificate, List.of()), at);
            } catch (ElicensingException e) {
                if (e.code() == ErrorCode.REVOCATION_UNKNOWN) {
                    throw e;
                }
                throw refused("the message certificate " + certificate.getSubjectX500Principal() + ": " + e.code() + " "
                        + e.getMessage());
            }
            return certificate;
        } catch (XMLSecurityException e) {
            throw refused("signature rejected: " + e.getMessage());
        } catch (ElicensingException e) {
            throw e;
        } catch (RuntimeException e) {
            // Santuario reports some hostile content unchecked (base64 that does not decode, a missing element)
            throw refused("malformed signature: " + e);
        }
    }

    /** The certificate of the BinarySecurityToken the KeyInfo's SecurityTokenReference names (or of X509Data). */
    private static X509Certificate certificate(KeyInfo keyInfo, Element security) throws XMLSecurityException {
        if (keyInfo == null) {
            throw refused("the signature has no KeyInfo");
        }
        if (keyInfo.containsX509Data()) {
            X509Certificate direct = keyInfo.getX509Certificate();
            if (direct != null) {
                return direct;
            }
        }
        Element str = WsSecurity.only(
                keyInfo.getElement(), WsSecurity.WSSE, "SecurityTokenReference", "SecurityTokenReference");
        Element pointer = str == null ? null : WsSecurity.only(str, WsSecurity.WSSE, "Reference", "wsse:Reference");
        String uri = pointer == null ? "" : pointer.getAttribute("URI");
        if (!uri.startsWith("#")) {
            throw refused("KeyInfo names no BinarySecurityToken");
        }
        Element token = null;
        for (Node n = security.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e
                    && WsSecurity.WSSE.equals(e.getNamespaceURI())
                    && "BinarySecurityToken".equals(e.getLocalName())
                    && uri.substring(1).equals(e.getAttributeNS(WsSecurity.WSU, "Id"))) {
                if (token != null) {
                    throw refused("two BinarySecurityTokens with the Id " + uri);
                }
                token = e;
            }
        }
        if (token == null || !WsSecurity.X509V3.equals(token.getAttribute("ValueType"))) {
            throw refused("no X.509 BinarySecurityToken " + uri + " in wsse:Security");
        }
        try {
            byte[] der = Base64.getMimeDecoder().decode(token.getTextContent().trim());
            return (X509Certificate)
                    CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException | IllegalArgumentException e) {
            throw refused("unreadable BinarySecurityToken: " + e.getMessage());
        }
    }

    private static ElicensingException refused(String detail) {
        return new ElicensingException(ErrorCode.MESSAGE_SIGNATURE_INVALID, detail);
    }
}

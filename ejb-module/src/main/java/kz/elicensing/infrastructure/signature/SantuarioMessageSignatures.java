package kz.elicensing.infrastructure.signature;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HexFormat;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.signature.SystemCertificate;
import kz.elicensing.shep.MessageSignatures;
import org.w3c.dom.Document;

/** WS-Security for ShEP envelopes with Santuario: the ordered verifier for inbound messages, the system key for outbound ones. */
@ApplicationScoped
public class SantuarioMessageSignatures implements MessageSignatures {

    @Inject
    TrustAnchors trustAnchors;

    @Inject
    RevocationChecker revocation;

    @Inject
    SigningKeys keys;

    @Override
    public SystemCertificate verify(byte[] envelope, Instant at) {
        Document doc;
        try {
            doc = SecureXml.parse(envelope);
        } catch (ElicensingException e) {
            throw new ElicensingException(
                    ErrorCode.MESSAGE_SIGNATURE_INVALID, "unreadable envelope: " + e.getMessage(), e);
        }
        return describe(WsSecurityVerifier.verify(doc, at, trustAnchors, revocation));
    }

    @Override
    public byte[] sign(byte[] envelope) {
        if (envelope == null || envelope.length == 0) {
            return envelope;
        }
        Document doc;
        try {
            doc = SecureXml.parse(envelope);
        } catch (ElicensingException e) {
            return envelope; // not XML (e.g. an HTTP error page): nothing to sign
        }
        if (!WsSecurity.SOAP11.equals(doc.getDocumentElement().getNamespaceURI())) {
            return envelope;
        }
        WsSecuritySigner.sign(doc, keys.system());
        return SecureXml.toBytes(doc);
    }

    /** Subject, CN, BIN and fingerprint of a verified system certificate. */
    static SystemCertificate describe(X509Certificate certificate) {
        // a system certificate need not carry an IIN: CN and OU=BIN are read directly
        org.bouncycastle.asn1.x500.X500Name subject = NcaCertificates.subject(certificate);
        String cn = NcaCertificates.first(subject, org.bouncycastle.asn1.x500.style.BCStyle.CN);
        String bin = NcaCertificates.bin(subject);
        try {
            String sha256 = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
            return new SystemCertificate(certificate.getSubjectX500Principal().getName(), cn, bin, sha256);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new ElicensingException(ErrorCode.MESSAGE_SIGNATURE_INVALID, "unreadable message certificate", e);
        }
    }
}

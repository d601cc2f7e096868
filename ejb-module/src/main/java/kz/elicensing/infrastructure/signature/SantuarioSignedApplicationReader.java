package kz.elicensing.infrastructure.signature;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import kz.elicensing.domain.application.ApplicationForm;
import kz.elicensing.domain.application.SignedApplication;
import kz.elicensing.domain.application.SignedApplicationReader;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.signature.SignerIdentity;
import kz.elicensing.infrastructure.config.ElicensingConfig;
import kz.elicensing.infrastructure.xml.ApplicationFormMapper;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The verification pipeline for signed applications, in order: size, hardened parse, root and schema, signature
 * (structure, value, wrapping), certificate validity and path, key usage, signer identity; then the form is read.
 */
@ApplicationScoped
public class SantuarioSignedApplicationReader implements SignedApplicationReader {
    static final String ELICENSING_NS = "urn:kz:elicensing:v1";

    @Inject
    ElicensingConfig config;
    @Inject
    TrustAnchors trustAnchors;
    @Inject
    RevocationChecker revocation;

    @Override
    public SignedApplication read(byte[] document, Instant signingTime) {
        ValidationReport report = new ValidationReport(signingTime);
        if (document.length > config.maxPayloadBytes()) {
            throw new ElicensingException(ErrorCode.MESSAGE_TOO_LARGE,
                    document.length + " bytes, limit " + config.maxPayloadBytes(), config.maxPayloadBytes());
        }
        Document doc = SecureXml.parse(document);
        report.passed("PARSE", document.length + " bytes, no DTD");
        Element root = doc.getDocumentElement();
        if (!ELICENSING_NS.equals(root.getNamespaceURI()) || !"Application".equals(root.getLocalName())) {
            throw new ElicensingException(ErrorCode.SCHEMA_VIOLATION,
                    "expected {" + ELICENSING_NS + "}Application, got {" + root.getNamespaceURI() + "}" + root.getLocalName());
        }
        PayloadSchemas.validate(doc);
        report.passed("SCHEMA", "elicensing.xsd");

        List<X509Certificate> certificates = EnvelopedSignatureVerifier.verify(doc, report);
        X509Certificate signer = certificates.get(0);
        report.signer(signer);
        CertificateValidator.validate(signer, certificates, trustAnchors.anchors(), signingTime);
        report.passed("CERTIFICATE_PATH", "valid at " + signingTime + ", chains to a trust anchor");
        RevocationStatus status = revocation.check(signer, trustAnchors.issuerOf(signer, certificates), signingTime);
        report.passed("REVOCATION", status.source() + (status.fromCache() ? " (cached)" : ""));
        if (!NcaCertificates.isSigningCertificate(signer)) {
            throw new ElicensingException(ErrorCode.KEY_USAGE_NOT_ALLOWED,
                    "the certificate is not a signing (nonRepudiation) certificate");
        }
        report.passed("KEY_USAGE", "nonRepudiation");
        SignerIdentity identity = NcaCertificates.identity(signer);
        report.passed("SIGNER", "IIN " + identity.iin() + (identity.hasBin() ? ", BIN " + identity.bin() : ""));

        ApplicationForm form = ApplicationFormMapper.read(root, identity);
        return new SignedApplication(form, document, report.toXml());
    }
}

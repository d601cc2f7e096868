package kz.elicensing.infrastructure.signature;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.signature.SignerIdentity;
import kz.elicensing.infrastructure.config.ElicensingConfig;
import org.w3c.dom.Document;

/**
 * The generic verification pipeline for any enveloped-signed document, one step after another, each recorded in the
 * report: size and hardened parse; signature structure, value and wrapping; trusted timestamp (the signing time);
 * certificate validity and path at that time;
 * revocation (of the signer and of every intermediate CA); key usage; signer identity. The first failing step is recorded and rethrown.
 */
@ApplicationScoped
public class SignedDocumentVerifier {

    @Inject
    ElicensingConfig config;

    @Inject
    TrustAnchors trustAnchors;

    @Inject
    RevocationChecker revocation;

    /** Size limit, then the hardened parser. */
    public Document parse(byte[] document, ValidationReport report) {
        return parse(document, null, report);
    }

    /** Size limit, then the hardened parser, validating against {@code schema} in the same pass when given. */
    public Document parse(byte[] document, javax.xml.validation.Schema schema, ValidationReport report) {
        return step(report, "PARSE", () -> {
            if (document.length > config.maxPayloadBytes()) {
                throw new ElicensingException(
                        ErrorCode.MESSAGE_TOO_LARGE,
                        document.length + " bytes, limit " + config.maxPayloadBytes(),
                        config.maxPayloadBytes());
            }
            Document doc = schema == null ? SecureXml.parse(document) : SecureXml.parseValid(document, schema);
            report.passed("PARSE", document.length + " bytes; no DTD, within the size and shape limits");
            return doc;
        });
    }

    /** Verifies the root's enveloped signature and its signer at {@code at}; returns the signer. */
    public SignerIdentity verify(Document doc, Instant at, ValidationReport report) {
        return verify(doc, at, report, false);
    }

    /**
     * As {@link #verify(Document, Instant, ValidationReport)}; with {@code wholeDocument} the signature may reference
     * the whole document ({@code URI=""}, as NCALayer signs) instead of the root's Id.
     */
    public SignerIdentity verify(Document doc, Instant at, ValidationReport report, boolean wholeDocument) {
        return verify(doc, at, report, wholeDocument, Signers.PERSONS);
    }

    /** Who may have signed: a person (applications, results a person signs), or a person or an organisation's seal. */
    public enum Signers {
        /** A person's certificate (SERIALNUMBER=IIN); a seal is SIGNER_MISMATCH. */
        PERSONS,
        /** A person's certificate, or a legal entity's seal (OU=BIN, no IIN): the generic report of any document. */
        PERSONS_AND_SEALS
    }

    /**
     * As {@link #verify(Document, Instant, ValidationReport, boolean)}; {@code signers} says whether an organisation's
     * seal is a signer (the same signature, path, revocation and key-usage checks either way).
     */
    public SignerIdentity verify(
            Document doc, Instant at, ValidationReport report, boolean wholeDocument, Signers signers) {
        List<X509Certificate> certificates =
                step(report, "SIGNATURE", () -> EnvelopedSignatureVerifier.verify(doc, report, wholeDocument));
        X509Certificate signer = certificates.get(0);
        report.chain(certificates);
        Instant signedAt = step(report, "TIMESTAMP", () -> {
            SignatureTimestamps.Timestamp timestamp =
                    SignatureTimestamps.verify(signatureOf(doc), at, trustAnchors, revocation);
            if (timestamp == null) {
                report.signingTime(at, null);
                report.passed("TIMESTAMP", "none: the certificate checks use the receipt time " + at);
                return at;
            }
            String tsa = timestamp.tsa().getSubjectX500Principal().getName();
            report.signingTime(timestamp.genTime(), tsa);
            report.passed(
                    "TIMESTAMP",
                    "trusted timestamp " + timestamp.genTime() + " by " + tsa
                            + ": the certificate checks use this time");
            return timestamp.genTime();
        });
        X509Certificate issuer = step(report, "CERTIFICATE_PATH", () -> {
            CertificateValidator.validate(signer, certificates, trustAnchors.anchors(), signedAt);
            X509Certificate anchorOrIntermediate = trustAnchors.issuerOf(signer, certificates);
            List<X509Certificate> chain = new ArrayList<>(List.of(signer));
            if (!chain.contains(anchorOrIntermediate)) {
                chain.add(anchorOrIntermediate);
            }
            report.chain(chain);
            report.passed(
                    "CERTIFICATE_PATH",
                    "valid at " + signedAt + "; issued by "
                            + anchorOrIntermediate.getSubjectX500Principal().getName());
            return anchorOrIntermediate;
        });
        step(report, "REVOCATION", () -> {
            RevocationStatus status =
                    ChainRevocation.check(revocation, trustAnchors, signer, issuer, certificates, signedAt);
            report.revocation(status);
            report.passed("REVOCATION", "not revoked: " + status.source() + (status.fromCache() ? " (cached)" : ""));
            return status;
        });
        step(report, "KEY_USAGE", () -> {
            if (!NcaCertificates.isSigningCertificate(signer)) {
                throw new ElicensingException(
                        ErrorCode.KEY_USAGE_NOT_ALLOWED,
                        "the certificate is not a signing (nonRepudiation) certificate");
            }
            report.passed("KEY_USAGE", "nonRepudiation");
            return null;
        });
        return step(report, "SIGNER", () -> {
            SignerIdentity identity = signers == Signers.PERSONS_AND_SEALS
                    ? NcaCertificates.personOrSeal(signer)
                    : NcaCertificates.identity(signer);
            report.signer(identity);
            report.passed(
                    "SIGNER",
                    identity.isSeal()
                            ? "seal of BIN " + identity.bin() + ", no person"
                            : "IIN " + identity.iin() + (identity.hasBin() ? ", BIN " + identity.bin() : ""));
            return identity;
        });
    }

    /** The root's ds:Signature (the signature step has made sure there is exactly one). */
    private static org.w3c.dom.Element signatureOf(Document doc) {
        for (org.w3c.dom.Node n = doc.getDocumentElement().getLastChild(); n != null; n = n.getPreviousSibling()) {
            if (n instanceof org.w3c.dom.Element e
                    && "Signature".equals(e.getLocalName())
                    && EnvelopedSignatureVerifier.DSIG.equals(e.getNamespaceURI())) {
                return e;
            }
        }
        throw new ElicensingException(ErrorCode.SIGNATURE_MISSING, "the document is not signed");
    }

    /** The code of each step, for a failure the step's own checks did not type (hostile content a library chokes on). */
    private static final java.util.Map<String, ErrorCode> STEP_CODES = java.util.Map.of(
            "PARSE", ErrorCode.MALFORMED_XML,
            "SCHEMA", ErrorCode.SCHEMA_VIOLATION,
            "SIGNATURE", ErrorCode.SIGNATURE_INVALID,
            "TIMESTAMP", ErrorCode.TIMESTAMP_INVALID,
            "CERTIFICATE_PATH", ErrorCode.CERTIFICATE_UNTRUSTED,
            "REVOCATION", ErrorCode.REVOCATION_UNKNOWN,
            "KEY_USAGE", ErrorCode.KEY_USAGE_NOT_ALLOWED,
            "SIGNER", ErrorCode.SIGNER_MISMATCH);

    /**
     * Runs one step; a refusal is recorded as the step's failure and rethrown. Any other runtime failure inside a step
     * is a refusal with the step's own code (never INTERNAL_ERROR: the input, not the server, is at fault).
     */
    static <T> T step(ValidationReport report, String name, Supplier<T> body) {
        try {
            return body.get();
        } catch (ElicensingException e) {
            report.failed(name, e);
            throw e;
        } catch (RuntimeException e) {
            ElicensingException typed = new ElicensingException(
                    STEP_CODES.getOrDefault(name, ErrorCode.SIGNATURE_INVALID), name + " failed: " + e, e);
            report.failed(name, typed);
            throw typed;
        }
    }
}

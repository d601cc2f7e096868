package kz.elicensing.infrastructure.signature;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import kz.elicensing.application.decision.PendingResult;
import kz.elicensing.application.decision.ResultSignatures;
import kz.elicensing.application.decision.SignedResult;
import kz.elicensing.domain.catalog.AuthorizedPerson;
import kz.elicensing.domain.catalog.AuthorizedPersons;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.signature.SignerIdentity;
import org.apache.xml.security.c14n.Canonicalizer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks a result signed in the browser, in order: size and hardened parse; one enveloped signature over the whole
 * document (or its root) with allowed algorithms; certificate path to the national CA and revocation at the signing
 * time; key usage nonRepudiation; then {@code OU=BIN} = the licensor's BIN; the signer's IIN among the licensor's
 * authorized persons on the signing day (Asia/Almaty); the document without its signature equal (exclusive C14N) to
 * the prepared one. Each failure is a RESULT_* refusal (docs/result-signing.md).
 */
@ApplicationScoped
public class ResultSignatureCheck implements ResultSignatures {
    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    @Inject
    SignedDocumentVerifier verifier;

    @Inject
    AuthorizedPersons persons;

    @Override
    public SignedResult verify(byte[] signed, PendingResult prepared, String licensorBin, Instant at) {
        ValidationReport report = new ValidationReport(at);
        Document doc;
        SignerIdentity signer;
        try {
            doc = verifier.parse(signed, report);
            signer = verifier.verify(doc, at, report, true);
        } catch (ElicensingException e) {
            throw typed(e);
        }
        if (!licensorBin.equals(signer.bin())) {
            throw new ElicensingException(
                    ErrorCode.RESULT_SIGNER_WRONG_ORGANISATION,
                    "the certificate names BIN " + signer.bin() + ", the licensor is " + licensorBin,
                    signer.bin() == null ? "-" : signer.bin(),
                    licensorBin);
        }
        LocalDate day = at.atZone(ALMATY).toLocalDate();
        AuthorizedPerson person = persons.validOn(prepared.providerCode(), signer.iin(), day)
                .orElseThrow(() -> new ElicensingException(
                        ErrorCode.RESULT_SIGNER_NOT_AUTHORIZED,
                        signer.iin() + " is no authorized person of " + prepared.providerCode() + " on " + day,
                        signer.iin()));
        if (!Arrays.equals(canonicalWithoutSignature(doc), canonical(SecureXml.parse(prepared.document())))) {
            throw new ElicensingException(
                    ErrorCode.RESULT_DOCUMENT_CHANGED, "the signed document is not the prepared " + prepared.token());
        }
        return new SignedResult(person, signer.serialNumber());
    }

    /** The pipeline's refusal as the result signature's own code. */
    static ElicensingException typed(ElicensingException e) {
        ErrorCode code = switch (e.code()) {
            case CERTIFICATE_REVOKED -> ErrorCode.RESULT_SIGNER_CERTIFICATE_REVOKED;
            case CERTIFICATE_EXPIRED, CERTIFICATE_NOT_YET_VALID -> ErrorCode.RESULT_SIGNER_CERTIFICATE_EXPIRED;
            case KEY_USAGE_NOT_ALLOWED -> ErrorCode.RESULT_SIGNER_KEY_USAGE;
            case SIGNER_MISMATCH -> ErrorCode.RESULT_SIGNER_NOT_AUTHORIZED;
            // not the signer's fault: answered as they are (too large; no revocation answer now, retry)
            case MESSAGE_TOO_LARGE, REVOCATION_UNKNOWN -> e.code();
            default -> ErrorCode.RESULT_SIGNATURE_INVALID;
        };
        if (code == e.code()) {
            return e;
        }
        return code == ErrorCode.RESULT_SIGNER_NOT_AUTHORIZED
                ? new ElicensingException(code, e.getMessage() + " (" + e.code() + ")", "-")
                : new ElicensingException(code, e.getMessage() + " (" + e.code() + ")", e);
    }

    /** The document with the root's ds:Signature taken out, canonical. */
    private static byte[] canonicalWithoutSignature(Document signed) {
        Element root = signed.getDocumentElement();
        for (Node n = root.getLastChild(); n != null; n = n.getPreviousSibling()) {
            if (n instanceof Element e
                    && "Signature".equals(e.getLocalName())
                    && EnvelopedSignatureVerifier.DSIG.equals(e.getNamespaceURI())) {
                root.removeChild(e);
                break;
            }
        }
        return canonical(signed);
    }

    private static byte[] canonical(Document doc) {
        XmlSecurityInit.ensure();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Canonicalizer.getInstance(Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS)
                    .canonicalizeSubtree(doc.getDocumentElement(), out);
            return out.toByteArray();
        } catch (org.apache.xml.security.exceptions.XMLSecurityException e) {
            throw new ElicensingException(ErrorCode.RESULT_SIGNATURE_INVALID, "cannot canonicalize: " + e, e);
        }
    }
}

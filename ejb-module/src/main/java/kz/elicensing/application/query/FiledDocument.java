package kz.elicensing.application.query;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a stored application document says, read back for the case view (no verification: that was done at intake and
 * its report is kept): the portal's signed Application or the officer's walk-in record.
 */
public record FiledDocument(
        boolean walkIn,
        String headIin,
        Map<String, String> fields,
        List<String> subtypes,
        List<FiledObject> objects,
        List<Attachment> attachments,
        List<String> presentedOnPaper,
        String enteredBy,
        String reorganisation) {

    public FiledDocument {
        fields = fields == null
                ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        subtypes = List.copyOf(subtypes);
        objects = List.copyOf(objects);
        attachments = List.copyOf(attachments);
        presentedOnPaper = List.copyOf(presentedOnPaper);
    }

    /** A branch or object of the activity. */
    public record FiledObject(String address, String description) {}

    /**
     * A file the applicant attached (or the scanned payment receipt, {@code receipt}): name, declared type, the SHA-256
     * the applicant declared and the one of the bytes, the catalog document it says it is, and the bytes.
     */
    public record Attachment(
            String fileName,
            String mediaType,
            String declaredSha256,
            String sha256,
            String documentCode,
            boolean receipt,
            byte[] content) {
        public Attachment {
            content = content == null ? new byte[0] : content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }

    /** The signature's validation report as kept at intake, read into words. */
    public record Report(
            boolean valid,
            String errorCode,
            String summaryRu,
            String summaryKz,
            Instant verifiedAt,
            String signerName,
            String signerIin,
            String signerBin,
            List<Certificate> chain,
            String revocationSource,
            Instant revocationProducedAt,
            Instant signingTime,
            String signingTimeSource,
            String timestampAuthority,
            List<Step> steps) {
        public Report {
            chain = List.copyOf(chain);
            steps = List.copyOf(steps);
        }

        /** The signer's certificate (the first of the chain), or null. */
        public Certificate signerCertificate() {
            return chain.isEmpty() ? null : chain.get(0);
        }
    }

    /** A certificate of the chain. */
    public record Certificate(String subject, String issuer, String serial, Instant notBefore, Instant notAfter) {}

    /** One step of the verification. */
    public record Step(String name, boolean passed, String detail) {}
}

package kz.elicensing.application.verify;

import java.time.Instant;

/**
 * A stored document's signature checked now, in a few words for the public: valid or not (with the failing step's
 * code), the summary in ru and kk, who signed, and the revocation answer the check rests on.
 */
public record SignatureSummary(
        boolean valid,
        String errorCode,
        String summaryRu,
        String summaryKz,
        String signerName,
        String signerBin,
        Instant checkedAt,
        String revocationSource,
        Instant revocationProducedAt) {}

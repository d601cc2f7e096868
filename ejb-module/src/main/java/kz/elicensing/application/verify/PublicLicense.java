package kz.elicensing.application.verify;

import java.time.Instant;
import java.util.List;

/**
 * What anyone may learn of a license (issue 15 item 4): the public register's fields and its current status, whether
 * its stored signature is valid now, and whether a printout's hash is the stored document's (null when none was given).
 * A person's IIN is not public: {@code holderBin} is set for a legal entity only. {@code statusChange}: the suspension,
 * resumption or termination that gave the current status (null for an issued or replaced license).
 */
public record PublicLicense(
        String number,
        String status,
        String statusKey,
        String reissuedAs,
        String serviceCode,
        String serviceTitleRu,
        String serviceTitleKz,
        String licensorBin,
        String licensorNameRu,
        String licensorNameKz,
        String holderName,
        String holderBin,
        Instant issuedAt,
        Instant statusSince,
        List<String> subtypes,
        List<String> objects,
        SignatureSummary signature,
        Boolean printoutMatches,
        StatusChange statusChange) {

    /**
     * Who changed the status and whether that act is signed: the action and when, the basis (OFFICER: the licensor's
     * head; COURT, AUTHORITY), and for a signed act the authorized person as the licensor's catalog names them
     * (name, position ru/kk; no IIN) with its signature checked now ({@code signatureValid}, null when not signed).
     */
    public record StatusChange(
            String action,
            Instant at,
            String basis,
            boolean signed,
            String signerName,
            String signerPositionRu,
            String signerPositionKz,
            Boolean signatureValid) {}
}

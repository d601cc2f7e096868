package kz.elicensing.application.verify;

import java.time.Instant;
import java.util.List;

/**
 * What anyone may learn of a license (issue 15 item 4): the public register's fields and its current status, whether
 * its stored signature is valid now, and whether a printout's hash is the stored document's (null when none was given).
 * A person's IIN is not public: {@code holderBin} is set for a legal entity only.
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
        Boolean printoutMatches) {}

package kz.elicensing.application.registry;

import java.time.Instant;

/**
 * One license in the registry's search results: number, status (LicenseStatus name and its text's message key), service
 * with its titles, holder, licensor and its region, and when it was issued.
 */
public record LicenseRow(
        String number,
        String status,
        String statusKey,
        String serviceCode,
        String serviceTitleRu,
        String serviceTitleKz,
        String holderId,
        String holderName,
        String providerCode,
        String regionCode,
        Instant issuedAt) {}

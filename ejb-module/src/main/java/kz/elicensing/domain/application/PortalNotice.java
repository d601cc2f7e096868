package kz.elicensing.domain.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import kz.elicensing.domain.party.ApplicantKind;

/**
 * What one notice tells the applicant through the portal: the application, the change and when it was made, its
 * deadline, the text in Russian and Kazakh, and the signed result exactly as signed when the change produced one.
 *
 * @param resultKind     LICENSE, REFUSAL or ORDER, or null
 * @param resultDocument the signed result's bytes, or null
 */
public record PortalNotice(
        String applicationNumber,
        ApplicantKind applicantKind,
        String applicantId,
        String serviceCode,
        ApplicantNotice notice,
        Instant occurredAt,
        ApplicationStatus status,
        LocalDate deadline,
        String textRu,
        String textKk,
        String resultKind,
        byte[] resultDocument) {
    public PortalNotice {
        Objects.requireNonNull(applicationNumber, "applicationNumber");
        Objects.requireNonNull(notice, "notice");
        Objects.requireNonNull(occurredAt, "occurredAt");
        resultDocument = resultDocument == null ? null : resultDocument.clone();
    }

    @Override
    public byte[] resultDocument() {
        return resultDocument == null ? null : resultDocument.clone();
    }
}

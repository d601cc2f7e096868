package kz.elicensing.domain.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import kz.elicensing.domain.catalog.Operation;
import kz.elicensing.domain.party.ApplicantKind;

/**
 * What an officer entered for a walk-in applicant (channel 2), the applicant's data as the registry gave it:
 * service, operation (a re-issue or duplicate: its base license), applicant, the fee's receipt reference and the paper
 * documents presented.
 */
public record WalkInForm(
        String requestId,
        String serviceCode,
        Operation operation,
        String language,
        ApplicantKind applicantKind,
        String applicantId,
        String applicantName,
        String paymentReference,
        BigDecimal paymentAmount,
        List<String> presentedDocuments,
        String baseLicenseNumber) {
    public WalkInForm {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(serviceCode, "serviceCode");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(applicantKind, "applicantKind");
        Objects.requireNonNull(applicantId, "applicantId");
        Objects.requireNonNull(paymentReference, "paymentReference");
        Objects.requireNonNull(paymentAmount, "paymentAmount");
        presentedDocuments = List.copyOf(presentedDocuments);
        baseLicenseNumber = baseLicenseNumber == null || baseLicenseNumber.isBlank() ? null : baseLicenseNumber.strip();
    }

    /** An issue's entry: no base license. */
    public WalkInForm(
            String requestId,
            String serviceCode,
            Operation operation,
            String language,
            ApplicantKind applicantKind,
            String applicantId,
            String applicantName,
            String paymentReference,
            BigDecimal paymentAmount,
            List<String> presentedDocuments) {
        this(
                requestId,
                serviceCode,
                operation,
                language,
                applicantKind,
                applicantId,
                applicantName,
                paymentReference,
                paymentAmount,
                presentedDocuments,
                null);
    }
}

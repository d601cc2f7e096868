package kz.elicensing.application.walkin;

import java.util.List;
import kz.elicensing.domain.catalog.Operation;
import kz.elicensing.domain.party.ApplicantKind;

/**
 * A walk-in application as the officer submits it: service, operation, applicant, the receipt reference of the paid
 * fee, the codes of the documents presented on paper, and the scans; {@code requestId} makes a resend harmless. A
 * re-issue or duplicate names its base license.
 */
public record WalkInRequest(
        String requestId,
        String serviceCode,
        Operation operation,
        ApplicantKind applicantKind,
        String applicantId,
        String paymentReference,
        List<String> presentedDocuments,
        List<ScanUpload> scans,
        String language,
        String baseLicenseNumber) {
    public WalkInRequest {
        presentedDocuments = presentedDocuments == null ? List.of() : List.copyOf(presentedDocuments);
        scans = scans == null ? List.of() : List.copyOf(scans);
        baseLicenseNumber = baseLicenseNumber == null || baseLicenseNumber.isBlank() ? null : baseLicenseNumber.strip();
    }

    /** An issue: no base license. */
    public WalkInRequest(
            String requestId,
            String serviceCode,
            Operation operation,
            ApplicantKind applicantKind,
            String applicantId,
            String paymentReference,
            List<String> presentedDocuments,
            List<ScanUpload> scans,
            String language) {
        this(
                requestId,
                serviceCode,
                operation,
                applicantKind,
                applicantId,
                paymentReference,
                presentedDocuments,
                scans,
                language,
                null);
    }

    /** One uploaded scan: which document it shows, the file's name, its bytes (checked by ScanPolicy). */
    public record ScanUpload(String documentCode, String fileName, byte[] content) {}
}

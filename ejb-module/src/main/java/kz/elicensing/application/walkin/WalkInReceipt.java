package kz.elicensing.application.walkin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kz.elicensing.domain.catalog.Operation;

/**
 * What the walk-in applicant takes home: the application's number, when it was received and registered, the deadline,
 * the service and operation, the applicant, the fee's receipt, and the documents received (on paper, and which of them
 * were scanned, with each scan's SHA-256).
 */
public record WalkInReceipt(
        String number,
        String serviceCode,
        String serviceTitleRu,
        String serviceTitleKz,
        Operation operation,
        String baseLicenseNumber,
        String applicantId,
        String applicantName,
        String paymentReference,
        Instant receivedAt,
        LocalDate registeredOn,
        LocalDate deadline,
        String officer,
        List<Received> documents) {
    public WalkInReceipt {
        documents = List.copyOf(documents);
    }

    /** A document received: its code and names, whether on paper, and its scan (null: none). */
    public record Received(String code, String nameRu, String nameKz, boolean onPaper, ScanView scan) {}
}

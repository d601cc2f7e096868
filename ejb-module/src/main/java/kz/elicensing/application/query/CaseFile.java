package kz.elicensing.application.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kz.elicensing.domain.application.ApplicationStatus;
import kz.elicensing.domain.application.Channel;
import kz.elicensing.domain.catalog.Operation;
import kz.elicensing.domain.party.ApplicantKind;
import kz.elicensing.domain.workflow.DeadlineMark;

/**
 * Everything of one application an officer decides on: the form as filed with the catalog's labels, files with their
 * hashes, the signature report, the registry's answer, the payment, the history, service 8's steps, and the actions
 * its state allows. Texts come in ru and kk; the page picks the officer's language.
 */
public record CaseFile(
        String number,
        ApplicationStatus status,
        Channel channel,
        String serviceCode,
        String serviceNameRu,
        String serviceNameKz,
        Operation operation,
        String baseLicenseNumber,
        String reorganisation,
        String language,
        ApplicantKind applicantKind,
        String applicantId,
        String applicantName,
        String headIin,
        Instant receivedAt,
        LocalDate registeredOn,
        LocalDate deadline,
        Long workingDaysLeft,
        DeadlineMark mark,
        String assignedOfficer,
        String enteredBy,
        List<Labelled> subtypes,
        List<FiledDocument.FiledObject> objects,
        List<Field> fields,
        List<FileEntry> files,
        List<Labelled> presentedOnPaper,
        FiledDocument.Report signature,
        Registry registry,
        Payment payment,
        List<Event> history,
        List<ProcedureStep> steps,
        String currentStep,
        LocalDate stepDeadline,
        Actions actions,
        List<Ground> grounds,
        String resultKind,
        String refusalCode) {

    public CaseFile {
        subtypes = List.copyOf(subtypes);
        objects = List.copyOf(objects);
        fields = List.copyOf(fields);
        files = List.copyOf(files);
        presentedOnPaper = List.copyOf(presentedOnPaper);
        history = List.copyOf(history);
        steps = List.copyOf(steps);
        grounds = List.copyOf(grounds);
    }

    /** A catalog ground the officer may refuse on, with its legal basis. */
    public record Ground(String code, String nameRu, String nameKz, String legalBasisRu, String legalBasisKz) {}

    /** A catalog code with its names. */
    public record Labelled(String code, String nameRu, String nameKz) {}

    /** A form field: its catalog label (the name itself where the catalog has none) and the value filed. */
    public record Field(String name, String labelRu, String labelKz, String value) {}

    /**
     * A file of the case: {@code id} for the file address, its kind (ATTACHMENT, SCAN, RECEIPT), the catalog document it
     * is, name, type, size, and SHA-256 of the bytes as kept.
     */
    public record FileEntry(
            String id,
            String kind,
            String documentCode,
            String documentNameRu,
            String documentNameKz,
            String fileName,
            String contentType,
            long size,
            String sha256) {

        /** True for a file the browser shows in the page (PDF or image). */
        public boolean viewable() {
            return pdf() || image();
        }

        public boolean pdf() {
            return "application/pdf".equals(contentType);
        }

        public boolean image() {
            return contentType != null && contentType.startsWith("image/");
        }
    }

    /** What GBD UL / GBD FL answered of the applicant (null fields: not asked or not answered yet). */
    public record Registry(
            boolean confirmed,
            String nameRu,
            String nameKz,
            String address,
            String headIin,
            String headName,
            String status) {}

    /** The fee: reference, payer, amount and date as the payment gateway told, and whether it is confirmed. */
    public record Payment(
            String reference,
            String payerId,
            BigDecimal amount,
            Instant paidAt,
            boolean confirmed,
            boolean receiptToConfirm) {}

    /** One event of the history: state reached, when, by whom, why. */
    public record Event(ApplicationStatus status, Instant at, String actorRole, String actor, String note) {}

    /** One step of service 8's procedure, with whether it is the current one or done. */
    public record ProcedureStep(
            String code,
            String nameRu,
            String nameKz,
            String unitRu,
            String unitKz,
            boolean refusable,
            boolean current,
            boolean done) {}

    /** What the officer may do now (the use cases check again when it is done). */
    public record Actions(
            boolean approve,
            boolean issueOrder,
            boolean refuse,
            boolean retry,
            boolean advance,
            boolean confirmPayment) {

        public boolean any() {
            return approve || issueOrder || refuse || retry || advance || confirmPayment;
        }
    }

    /** True once a signed result (license, refusal or order) exists. */
    public boolean resultAvailable() {
        return resultKind != null;
    }
}

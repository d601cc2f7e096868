package kz.elicensing.domain.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import kz.elicensing.domain.catalog.Operation;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.party.ApplicantKind;
import kz.elicensing.domain.party.RegistryExtract;
import kz.elicensing.domain.workflow.DeadlineMark;
import kz.elicensing.domain.workflow.DeadlinePolicy;

/** An application for a license: what was asked, by whom, its signed original, its state and its history. */
public class LicenseApplication {
    private static final int NOTE_MAX = 1000;
    private Long id;
    private long version;
    private String number;
    private String requestId;
    private String serviceCode;
    private String providerCode;
    private Operation operation;
    private String language;
    private ApplicantKind applicantKind;
    private String applicantId;
    private String applicantName;
    private String signerIin;
    private String activitySubtypes;
    private String paymentReference;
    private BigDecimal paymentAmount;
    private String senderId;
    private String messageId;
    private ApplicationStatus status;
    private Instant receivedAt;
    private LocalDate registeredOn;
    private LocalDate deadline;
    private boolean applicantConfirmed;
    private boolean paymentConfirmed;
    private byte[] signedDocument;
    private String validationReport;
    private String resultKind;
    private byte[] resultDocument;
    private String refusalCode;
    private List<ApplicationEvent> history = new ArrayList<>();
    // walk-in (channel 2) and assignment
    private Channel channel = Channel.PORTAL;
    private String assignedOfficer;
    private String paperDocuments;
    private List<ApplicationScan> scans = new ArrayList<>();
    private String currentStep;
    private String baseLicenseNumber;
    private Reorganisation reorganisation;
    private List<ApplicationObject> objects = new ArrayList<>();
    private DeadlineMark deadlineMark;
    private LocalDate decidedOn;
    private LocalDate stepDeadline;
    // condition 2: the payment reference this application was paid by (unique), and a scanned receipt to confirm
    private String paidByReference;
    private boolean paymentToConfirm;
    // what the registry (GBD UL / GBD FL) said of the applicant when the check answered
    private String registryNameRu;
    private String registryNameKz;
    private String registryAddress;
    private String registryHeadIin;
    private String registryHeadName;
    private String registryStatus;
    /** Notices owed to the applicant by this transaction's changes, not yet queued (not persisted). */
    private transient List<ApplicantNotice.Due> pendingNotices = new ArrayList<>();

    protected LicenseApplication() {}

    /** A newly registered application built from a verified form. */
    public LicenseApplication(
            String number,
            SignedApplication signed,
            String providerCode,
            String senderId,
            String messageId,
            Instant receivedAt,
            LocalDate registeredOn,
            LocalDate deadline) {
        ApplicationForm form = signed.form();
        this.number = Objects.requireNonNull(number);
        this.requestId = form.requestId();
        this.serviceCode = form.serviceCode();
        this.providerCode = providerCode;
        this.operation = form.operation();
        this.language = form.language();
        this.applicantKind = form.applicantKind();
        this.applicantId = form.applicantId();
        this.applicantName = form.applicantName();
        this.signerIin = form.signer().iin();
        this.activitySubtypes = String.join(",", form.activitySubtypes());
        this.baseLicenseNumber = form.baseLicenseNumber();
        this.reorganisation = form.reorganisation();
        for (ActivityObject o : form.objects()) {
            this.objects.add(new ApplicationObject(this, o));
        }
        this.paymentReference = form.paymentReference();
        this.paymentAmount = form.paymentAmount();
        this.senderId = senderId;
        this.messageId = messageId;
        this.receivedAt = receivedAt;
        this.registeredOn = registeredOn;
        this.deadline = deadline;
        this.signedDocument = signed.signedBytes().clone();
        this.validationReport = signed.validationReport();
        this.status = ApplicationStatus.REGISTERED;
        history.add(new ApplicationEvent(
                this, ApplicationStatus.REGISTERED, receivedAt, ActorRole.APPLICANT, senderId, null));
        owe(ApplicantNotice.REGISTERED, receivedAt);
    }

    /**
     * A walk-in application (channel 2) an officer registered: no applicant signature; {@code officerDocument} is what
     * the officer entered, kept as the application's document; the applicant is already confirmed by the registry
     * the officer's look-up asked; the scans of the paper documents go with it.
     */
    public static LicenseApplication walkIn(
            String number,
            WalkInForm form,
            String providerCode,
            String officer,
            String messageId,
            Instant receivedAt,
            LocalDate registeredOn,
            LocalDate deadline,
            byte[] officerDocument,
            List<CheckedScan> scans) {
        LicenseApplication a = new LicenseApplication();
        a.number = Objects.requireNonNull(number);
        a.requestId = form.requestId();
        a.serviceCode = form.serviceCode();
        a.providerCode = providerCode;
        a.operation = form.operation();
        a.language = form.language();
        a.applicantKind = form.applicantKind();
        a.applicantId = form.applicantId();
        a.applicantName = form.applicantName();
        a.activitySubtypes = "";
        a.baseLicenseNumber = form.baseLicenseNumber();
        a.paymentReference = form.paymentReference();
        a.paymentAmount = form.paymentAmount();
        a.senderId = officer;
        a.messageId = messageId;
        a.receivedAt = receivedAt;
        a.registeredOn = registeredOn;
        a.deadline = deadline;
        a.signedDocument = officerDocument.clone();
        a.channel = Channel.OFFICER;
        a.paperDocuments = String.join(",", form.presentedDocuments());
        a.applicantConfirmed = true;
        a.status = ApplicationStatus.REGISTERED;
        a.history.add(new ApplicationEvent(
                a, ApplicationStatus.REGISTERED, receivedAt, ActorRole.OFFICER, officer, "walk-in"));
        for (CheckedScan scan : scans) {
            a.scans.add(new ApplicationScan(a, scan));
        }
        a.owe(ApplicantNotice.REGISTERED, receivedAt);
        return a;
    }

    /**
     * The head of the office gives the application to {@code officer} (null: back to the unassigned ones); kept in the
     * history with who, when and to whom. A closed application is not reassigned.
     */
    public void assign(String officer, Instant at, String head) {
        if (status.isFinal()) {
            throw new ElicensingException(
                    ErrorCode.OPERATION_NOT_ALLOWED,
                    "application " + number + " is " + status + ": it is not assigned any more");
        }
        String from = assignedOfficer;
        assignedOfficer = officer;
        history.add(new ApplicationEvent(
                this,
                status,
                at,
                ActorRole.OFFICER,
                head,
                "assigned: " + (from == null ? "-" : from) + " -> " + (officer == null ? "-" : officer)));
    }

    /** Moves to {@code target}, recording the step; refuses a move the state machine does not allow. */
    public void moveTo(ApplicationStatus target, Instant at, ActorRole role, String actor, String note) {
        if (!status.next().contains(target)) {
            throw new ElicensingException(
                    ErrorCode.OPERATION_NOT_ALLOWED,
                    "application " + number + " cannot move from " + status + " to " + target);
        }
        status = target;
        if (target.isFinal()) {
            decidedOn = at.atZone(DeadlinePolicy.ALMATY).toLocalDate();
            deadlineMark = null;
        }
        history.add(new ApplicationEvent(this, target, at, role, actor, note));
        ApplicantNotice.forStatus(target).ifPresent(notice -> owe(notice, at));
    }

    private void owe(ApplicantNotice notice, Instant at) {
        if (pendingNotices == null) {
            pendingNotices = new ArrayList<>();
        }
        pendingNotices.add(new ApplicantNotice.Due(notice, at));
    }

    /**
     * The notices this application's changes owe its applicant since the last call, in the order of the changes; the
     * caller queues them in the same transaction (CheckQueue#queueNotices), so each change is told once.
     */
    public List<ApplicantNotice.Due> takeNotices() {
        if (pendingNotices == null || pendingNotices.isEmpty()) {
            return List.of();
        }
        List<ApplicantNotice.Due> taken = List.copyOf(pendingNotices);
        pendingNotices.clear();
        return taken;
    }

    /** The applicant needs no registry (or the channel asked it already); moves to review when the payment is confirmed too. */
    public void confirmApplicant(Instant at) {
        applicantConfirmed = true;
        moveToReviewWhenChecked(at);
    }

    /**
     * The registry confirmed the applicant: what it said is kept (the license is issued to it), and {@code note} (a name
     * in the form that differs from the registry's) goes into the history; moves to review when the payment is
     * confirmed too.
     */
    public void confirmApplicant(RegistryExtract extract, Instant at, String note) {
        recordRegistry(extract);
        if (note != null) {
            history.add(new ApplicationEvent(this, status, at, ActorRole.SYSTEM, "E-licensing", shorten(note)));
        }
        confirmApplicant(at);
    }

    /** Keeps what the registry said of the applicant (walk-in: the officer's look-up; portal: the outbox check). */
    public void recordRegistry(RegistryExtract extract) {
        registryNameRu = extract.nameRu();
        registryNameKz = extract.nameKz();
        registryAddress = extract.address();
        registryHeadIin = extract.headIin();
        registryHeadName = extract.headName();
        registryStatus = extract.registryStatus();
    }

    /** What the registry said of the applicant, once it answered (empty: not asked, or not yet). */
    public java.util.Optional<RegistryExtract> registryExtract() {
        if (registryNameRu == null && registryNameKz == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new RegistryExtract(
                registryNameRu, registryNameKz, registryAddress, registryHeadIin, registryHeadName, registryStatus));
    }

    /** The payment gateway confirmed the fee; moves to review when the applicant is confirmed too. */
    public void confirmPayment(Instant at) {
        paymentConfirmed = true;
        moveToReviewWhenChecked(at);
    }

    /**
     * The fee was paid by this payment reference: no other application may be paid by it (the database's unique key on
     * {@code paid_by_reference} holds it against concurrent registrations too).
     */
    public void paidBy(String reference) {
        this.paidByReference = Objects.requireNonNull(reference, "reference");
    }

    /**
     * Paid by a scanned receipt (Reg. 000 §2.2(6)) instead of the payment gateway: registered with the mark "payment to
     * be confirmed" and the receipt kept as a scan with its SHA-256. The application goes to review when the applicant
     * is confirmed; it cannot be approved before an officer confirms the receipt ({@link #confirmReceipt}).
     */
    public void awaitReceiptConfirmation(CheckedScan receipt, Instant at) {
        paymentToConfirm = true;
        scans.add(new ApplicationScan(this, receipt));
        history.add(new ApplicationEvent(
                this,
                status,
                at,
                ActorRole.SYSTEM,
                "E-licensing",
                "payment to be confirmed: scanned receipt " + receipt.sha256()));
        moveToReviewWhenChecked(at);
    }

    /** The officer confirmed the scanned receipt: the mark is cleared, the payment counts as confirmed, kept with who. */
    public void confirmReceipt(String officer, Instant at) {
        if (!paymentToConfirm) {
            throw new ElicensingException(
                    ErrorCode.OPERATION_NOT_ALLOWED, "application " + number + " has no payment to be confirmed");
        }
        paymentToConfirm = false;
        paymentConfirmed = true;
        history.add(new ApplicationEvent(this, status, at, ActorRole.OFFICER, officer, "payment receipt confirmed"));
    }

    /** True while a scanned receipt waits for the officer's confirmation. */
    public boolean paymentToConfirm() {
        return paymentToConfirm;
    }

    /** The payment reference the fee was paid by, or null when no fee was due. */
    public String paidByReference() {
        return paidByReference;
    }

    private void moveToReviewWhenChecked(Instant at) {
        boolean checking = status == ApplicationStatus.CHECKING || status == ApplicationStatus.CHECK_FAILED;
        if (applicantConfirmed && (paymentConfirmed || paymentToConfirm) && checking) {
            moveTo(ApplicationStatus.IN_REVIEW, at, ActorRole.SYSTEM, "E-licensing", null);
        }
    }

    /** A check could not be made after its last retry: the application waits for an officer (retry or refuse). */
    public void checkFailed(Instant at, String note) {
        if (status == ApplicationStatus.CHECKING) {
            moveTo(ApplicationStatus.CHECK_FAILED, at, ActorRole.SYSTEM, "E-licensing", shorten(note));
        }
    }

    /** An officer has the unconfirmed checks made again; an application with both confirmed goes straight to review. */
    public void retryChecks(Instant at, String officer) {
        if (status != ApplicationStatus.CHECK_FAILED) {
            throw new ElicensingException(
                    ErrorCode.OPERATION_NOT_ALLOWED,
                    "application " + number + " is " + status + ": only a failed check is retried");
        }
        moveTo(ApplicationStatus.CHECKING, at, ActorRole.OFFICER, officer, null);
        moveToReviewWhenChecked(at);
    }

    private static String shorten(String note) {
        return note == null || note.length() <= NOTE_MAX ? note : note.substring(0, NOTE_MAX);
    }

    /** Records the signed license as this application's result and closes it as issued. */
    public void issue(byte[] signedLicense, Instant at, String officer) {
        moveTo(ApplicationStatus.ISSUED, at, ActorRole.OFFICER, officer, null);
        resultKind = "LICENSE";
        resultDocument = signedLicense.clone();
    }

    /** Records the signed motivated refusal as this application's result and closes it as refused. */
    public void refuse(ErrorCode reason, byte[] signedRefusal, Instant at, ActorRole role, String actor, String note) {
        moveTo(ApplicationStatus.REFUSED, at, role, actor, note == null ? reason.name() : note);
        refusalCode = reason.name();
        resultKind = "REFUSAL";
        resultDocument = signedRefusal.clone();
    }

    /** Records an officer's signed motivated refusal on a catalog ground (its code kept as the refusal code). */
    public void refuseOnGround(String groundCode, byte[] signedRefusal, Instant at, String officer, String note) {
        refuseOnGround(groundCode, signedRefusal, at, ActorRole.OFFICER, officer, note);
    }

    /** Records a signed refusal on a catalog ground by {@code role} (an officer, or the system on a registry's answer). */
    public void refuseOnGround(
            String groundCode, byte[] signedRefusal, Instant at, ActorRole role, String actor, String note) {
        moveTo(ApplicationStatus.REFUSED, at, role, actor, shorten(note == null ? groundCode : note));
        refusalCode = groundCode;
        resultKind = "REFUSAL";
        resultDocument = signedRefusal.clone();
    }

    /**
     * Enters a step of the service's own procedure (service 8) with its deadline, recording it in the history; the
     * application stays in review while it walks its steps.
     */
    public void enterStep(String step, LocalDate deadline, Instant at, ActorRole role, String actor, String note) {
        if (status != ApplicationStatus.IN_REVIEW) {
            throw new ElicensingException(
                    ErrorCode.OPERATION_NOT_ALLOWED,
                    "application " + number + " is " + status + ": its procedure does not move");
        }
        currentStep = step;
        stepDeadline = deadline;
        history.add(new ApplicationEvent(this, status, at, role, actor, shorten(note == null ? "step " + step : note)));
    }

    /** Records the signed ministerial order (service 8) as this application's result and closes it as issued. */
    public void issueOrder(byte[] signedOrder, Instant at, String officer) {
        moveTo(ApplicationStatus.ISSUED, at, ActorRole.OFFICER, officer, "ORDER");
        resultKind = "ORDER";
        resultDocument = signedOrder.clone();
    }

    /**
     * Gives the open application the timer's deadline mark; a change to NEARING or OVERDUE is recorded in its history.
     * Returns true when the mark changed.
     */
    public boolean markDeadline(DeadlineMark mark, Instant at) {
        if (status.isFinal() || mark == deadlineMark || mark == DeadlineMark.ON_TRACK && deadlineMark == null) {
            // no mark is on track: an application is touched (and its version moved) only when a warning is due, so
            // the timer does not collide with the checks and decisions working on every fresh application
            return false;
        }
        deadlineMark = mark;
        if (mark != DeadlineMark.ON_TRACK) {
            // a warning is part of the record; being on track is not news
            history.add(new ApplicationEvent(this, status, at, ActorRole.SYSTEM, "E-licensing", "deadline: " + mark));
        }
        ApplicantNotice.forMark(mark).ifPresent(notice -> owe(notice, at));
        return true;
    }

    /** The timer's last mark of an open application (null: on track, never warned; and once decided). */
    public DeadlineMark deadlineMark() {
        return deadlineMark;
    }
    /** The day the application was decided (issued or refused), or null while open. */
    public LocalDate decidedOn() {
        return decidedOn;
    }

    /** The license a re-issue or duplicate is about, or null for an issue. */
    public String baseLicenseNumber() {
        return baseLicenseNumber;
    }

    /** The reorganisation a re-issue to a successor names (null: none). */
    public Reorganisation reorganisation() {
        return reorganisation;
    }

    /** The branches or objects the application names, in its order (none: the license covers no object, or a
     * re-issue keeps its base's). */
    public List<ActivityObject> objects() {
        return objects.stream().map(ApplicationObject::value).toList();
    }

    /** The step of its service's procedure the application is in, or null. */
    public String currentStep() {
        return currentStep;
    }
    /** The deadline of {@link #currentStep()}, or null. */
    public LocalDate stepDeadline() {
        return stepDeadline;
    }

    public Long id() {
        return id;
    }

    public String number() {
        return number;
    }

    public String requestId() {
        return requestId;
    }

    public String serviceCode() {
        return serviceCode;
    }

    public String providerCode() {
        return providerCode;
    }

    public Operation operation() {
        return operation;
    }

    public String language() {
        return language;
    }

    public ApplicantKind applicantKind() {
        return applicantKind;
    }

    public String applicantId() {
        return applicantId;
    }

    public String applicantName() {
        return applicantName;
    }

    public String signerIin() {
        return signerIin;
    }

    public List<String> activitySubtypes() {
        return activitySubtypes == null || activitySubtypes.isEmpty()
                ? List.of()
                : List.of(activitySubtypes.split(","));
    }

    public String paymentReference() {
        return paymentReference;
    }

    public BigDecimal paymentAmount() {
        return paymentAmount;
    }

    public String senderId() {
        return senderId;
    }

    public String messageId() {
        return messageId;
    }

    public ApplicationStatus status() {
        return status;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public LocalDate registeredOn() {
        return registeredOn;
    }

    public LocalDate deadline() {
        return deadline;
    }

    /** The day this application is due: its current step's deadline when that comes first (service 8), else its own. */
    public LocalDate dueDay() {
        return stepDeadline != null && stepDeadline.isBefore(deadline) ? stepDeadline : deadline;
    }

    public boolean applicantConfirmed() {
        return applicantConfirmed;
    }

    public boolean paymentConfirmed() {
        return paymentConfirmed;
    }

    public byte[] signedDocument() {
        return signedDocument == null ? null : signedDocument.clone();
    }

    public String validationReport() {
        return validationReport;
    }

    public String resultKind() {
        return resultKind;
    }

    public byte[] resultDocument() {
        return resultDocument == null ? null : resultDocument.clone();
    }

    public String refusalCode() {
        return refusalCode;
    }

    public boolean resultAvailable() {
        return resultDocument != null;
    }

    public List<ApplicationEvent> history() {
        return Collections.unmodifiableList(history);
    }
    /** How it reached E-licensing (channel 1 portal or channel 2 officer). */
    public Channel channel() {
        return channel == null ? Channel.PORTAL : channel;
    }
    /** The officer the head assigned it to, or null while unassigned. */
    public String assignedOfficer() {
        return assignedOfficer;
    }
    /** Codes of the required documents the officer marked as presented on paper (walk-in only). */
    public List<String> paperDocuments() {
        return paperDocuments == null || paperDocuments.isEmpty() ? List.of() : List.of(paperDocuments.split(","));
    }
    /** The scans attached by the officer (walk-in only). */
    public List<ApplicationScan> scans() {
        return Collections.unmodifiableList(scans);
    }
}

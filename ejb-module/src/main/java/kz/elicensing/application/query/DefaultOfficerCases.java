package kz.elicensing.application.query;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.elicensing.application.officer.OfficerAccess;
import kz.elicensing.domain.application.ApplicationEvent;
import kz.elicensing.domain.application.ApplicationRepository;
import kz.elicensing.domain.application.ApplicationScan;
import kz.elicensing.domain.application.ApplicationStatus;
import kz.elicensing.domain.application.LicenseApplication;
import kz.elicensing.domain.application.PaymentReceipt;
import kz.elicensing.domain.catalog.ActivitySubtype;
import kz.elicensing.domain.catalog.Catalog;
import kz.elicensing.domain.catalog.FormField;
import kz.elicensing.domain.catalog.LicenseService;
import kz.elicensing.domain.catalog.RequiredDocument;
import kz.elicensing.domain.catalog.ResultKind;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.officer.Officer;
import kz.elicensing.domain.officer.OfficerDirectory;
import kz.elicensing.domain.payment.PaymentNoticeRepository;
import kz.elicensing.domain.payment.PaymentRecord;
import kz.elicensing.domain.workflow.DeadlinePolicy;
import kz.elicensing.domain.workflow.Procedure;
import kz.elicensing.domain.workflow.WorkingCalendars;
import kz.elicensing.domain.workflow.WorkingDayCalendar;

/** The officer's worklist and case view, read within what the officer may see. */
@Stateless
public class DefaultOfficerCases implements OfficerCases {
    /** The most rows one worklist page carries. */
    static final int MAX_PAGE = 200;

    @Inject
    ApplicationRepository applications;

    @Inject
    OfficerDirectory officers;

    @Inject
    Catalog catalog;

    @Inject
    WorklistStore worklist;

    @Inject
    FiledDocuments filed;

    @Inject
    PaymentNoticeRepository payments;

    @Inject
    Printouts printouts;

    @Inject
    WorkingCalendars calendars;

    @Inject
    Clock clock;

    /** Counted up to this many rows; past it the page says "at least" (a year's rows are never counted whole). */
    static final int COUNT_CAP = 10_000;

    @Override
    public WorklistPage worklist(String officer, WorklistFilter filter, int offset, int limit) {
        Officer me = officer(officer);
        WorklistFilter f = filter == null ? WorklistFilter.open() : filter;
        check(f);
        int size = Math.max(1, Math.min(MAX_PAGE, limit));
        List<WorklistRow> rows = offset <= 0
                ? worklist.pageAfter(me.providerCode(), me.username(), me.isHead(), f, null, size + 1)
                : worklist.page(me.providerCode(), me.username(), me.isHead(), f, offset, size + 1);
        return page(me, f, rows, size);
    }

    @Override
    public WorklistPage worklistAfter(String officer, WorklistFilter filter, String after, int limit) {
        Officer me = officer(officer);
        WorklistFilter f = filter == null ? WorklistFilter.open() : filter;
        check(f);
        WorklistCursor cursor = after == null || after.isBlank() ? null : WorklistCursor.of(after, f);
        int size = Math.max(1, Math.min(MAX_PAGE, limit));
        return page(
                me, f, worklist.pageAfter(me.providerCode(), me.username(), me.isHead(), f, cursor, size + 1), size);
    }

    /** The page of {@code size} rows (one more was read to know whether a next page exists), filled and counted. */
    private WorklistPage page(Officer me, WorklistFilter f, List<WorklistRow> read, int size) {
        List<WorklistRow> rows = read.size() > size ? read.subList(0, size) : read;
        String next = read.size() > size
                ? WorklistCursor.after(rows.get(rows.size() - 1), f.sortBy()).token()
                : null;
        long counted = worklist.count(me.providerCode(), me.username(), me.isHead(), f, COUNT_CAP);
        Map<String, LicenseService> services = new java.util.HashMap<>();
        WorkingDayCalendar calendar = calendars.current();
        LocalDate today = DeadlinePolicy.today(clock);
        List<WorklistRow> filled = rows.stream()
                .map(r -> {
                    LicenseService s = services.computeIfAbsent(
                            r.serviceCode(), code -> catalog.service(code).orElse(null));
                    return r.with(
                            s == null ? r.serviceCode() : s.titleRu(),
                            s == null ? r.serviceCode() : s.titleKz(),
                            r.status().isFinal() ? null : daysLeft(calendar, today, r.deadline()));
                })
                .toList();
        return new WorklistPage(filled, Math.min(counted, COUNT_CAP), counted <= COUNT_CAP, next);
    }

    /** A status or mark the worklist does not know is refused with SCHEMA_VIOLATION, not a failed query. */
    static void check(WorklistFilter f) {
        boolean statusKnown = f.status() == null
                || WorklistFilter.OPEN.equals(f.status())
                || java.util.Arrays.stream(ApplicationStatus.values())
                        .anyMatch(s -> s.name().equals(f.status()));
        boolean markKnown = f.mark() == null || "NEARING".equals(f.mark()) || "OVERDUE".equals(f.mark());
        if (!statusKnown || !markKnown) {
            throw new ElicensingException(
                    ErrorCode.SCHEMA_VIOLATION, "unknown worklist filter: status " + f.status() + ", mark " + f.mark());
        }
    }

    /** Working days from today to the deadline (the deadline day counted; negative once passed), or null if unknown. */
    static Long daysLeft(WorkingDayCalendar calendar, LocalDate today, LocalDate deadline) {
        if (deadline == null) {
            return null;
        }
        try {
            return calendar.workingDaysBetween(today, deadline);
        } catch (RuntimeException outsideTheLoadedYears) {
            return null;
        }
    }

    @Override
    public CaseFile caseFile(String applicationNumber, String officer) {
        LicenseApplication a = visible(applicationNumber, officer);
        LicenseService service = catalog.service(a.serviceCode()).orElse(null);
        FiledDocument document = a.signedDocument() == null
                ? new FiledDocument(false, null, Map.of(), List.of(), List.of(), List.of(), List.of(), null, null)
                : filed.read(a.signedDocument());
        Map<String, RequiredDocument> documents = catalog.requiredDocuments(a.serviceCode(), a.operation()).stream()
                .collect(Collectors.toMap(RequiredDocument::code, Function.identity(), (x, y) -> x));
        Map<String, ActivitySubtype> subtypes = catalog.activitySubtypes(a.serviceCode()).stream()
                .collect(Collectors.toMap(ActivitySubtype::code, Function.identity(), (x, y) -> x));
        Map<String, FormField> formFields = catalog.formFields(a.serviceCode()).stream()
                .collect(Collectors.toMap(FormField::name, Function.identity(), (x, y) -> x));

        List<String> subtypeCodes = document.subtypes().isEmpty() ? a.activitySubtypes() : document.subtypes();
        List<CaseFile.Labelled> subtypeViews = subtypeCodes.stream()
                .filter(code -> !code.isBlank())
                .map(code -> Optional.ofNullable(subtypes.get(code))
                        .map(s -> new CaseFile.Labelled(code, s.nameRu(), s.nameKz()))
                        .orElse(new CaseFile.Labelled(code, code, code)))
                .toList();
        List<FiledDocument.FiledObject> objects = a.objects().isEmpty()
                ? document.objects()
                : a.objects().stream()
                        .map(o -> new FiledDocument.FiledObject(o.address(), o.description()))
                        .toList();
        List<CaseFile.Field> fields = document.fields().entrySet().stream()
                .map(e -> Optional.ofNullable(formFields.get(e.getKey()))
                        .map(ff -> new CaseFile.Field(e.getKey(), ff.labelRu(), ff.labelKz(), e.getValue()))
                        .orElse(new CaseFile.Field(e.getKey(), e.getKey(), e.getKey(), e.getValue())))
                .toList();

        List<CaseFile.FileEntry> files = new ArrayList<>();
        List<FiledDocument.Attachment> attachments = document.attachments();
        for (int i = 0; i < attachments.size(); i++) {
            FiledDocument.Attachment at = attachments.get(i);
            RequiredDocument d = at.documentCode() == null ? null : documents.get(at.documentCode());
            files.add(new CaseFile.FileEntry(
                    "a" + i,
                    "ATTACHMENT",
                    at.documentCode(),
                    d == null ? at.documentCode() : d.nameRu(),
                    d == null ? at.documentCode() : d.nameKz(),
                    at.fileName(),
                    at.mediaType(),
                    at.content().length,
                    at.sha256()));
        }
        List<ApplicationScan> scans = a.scans();
        for (int i = 0; i < scans.size(); i++) {
            ApplicationScan s = scans.get(i);
            RequiredDocument d = documents.get(s.documentCode());
            boolean receipt = PaymentReceipt.DOCUMENT_CODE.equals(s.documentCode());
            files.add(new CaseFile.FileEntry(
                    "s" + i,
                    receipt ? "RECEIPT" : "SCAN",
                    s.documentCode(),
                    d == null ? s.documentCode() : d.nameRu(),
                    d == null ? s.documentCode() : d.nameKz(),
                    s.fileName(),
                    s.contentType(),
                    s.sizeBytes(),
                    s.sha256()));
        }
        List<CaseFile.Labelled> paper = a.paperDocuments().stream()
                .filter(code -> !code.isBlank())
                .map(code -> Optional.ofNullable(documents.get(code))
                        .map(d -> new CaseFile.Labelled(code, d.nameRu(), d.nameKz()))
                        .orElse(new CaseFile.Labelled(code, code, code)))
                .toList();

        CaseFile.Registry registry = a.registryExtract()
                .map(r -> new CaseFile.Registry(
                        a.applicantConfirmed(),
                        r.nameRu(),
                        r.nameKz(),
                        r.address(),
                        r.headIin(),
                        r.headName(),
                        r.registryStatus()))
                .orElse(new CaseFile.Registry(a.applicantConfirmed(), null, null, null, null, null, null));
        Optional<PaymentRecord> paid = a.paymentReference() == null
                ? Optional.empty()
                : payments.byReference(a.paymentReference()).map(p -> p.toRecord());
        CaseFile.Payment payment = new CaseFile.Payment(
                a.paymentReference(),
                paid.map(PaymentRecord::payerId).orElse(null),
                paid.map(PaymentRecord::amount).orElse(a.paymentAmount()),
                paid.map(PaymentRecord::paidAt).orElse(null),
                a.paymentConfirmed(),
                a.paymentToConfirm());

        List<CaseFile.Event> history =
                a.history().stream().map(DefaultOfficerCases::event).toList();
        Optional<Procedure> procedure = catalog.procedure(a.serviceCode());
        List<CaseFile.ProcedureStep> steps = procedure.map(p -> steps(p, a)).orElse(List.of());
        CaseFile.Actions actions = actions(a, service, procedure);
        List<CaseFile.Ground> grounds = actions.refuse()
                ? catalog.refusalGrounds(a.serviceCode()).stream()
                        .map(g -> new CaseFile.Ground(
                                g.code(), g.nameRu(), g.nameKz(), g.legalBasisRu(), g.legalBasisKz()))
                        .toList()
                : List.of();
        Long daysLeft =
                a.status().isFinal() ? null : daysLeft(calendars.current(), DeadlinePolicy.today(clock), a.deadline());
        return new CaseFile(
                a.number(),
                a.status(),
                a.channel(),
                a.serviceCode(),
                service == null ? a.serviceCode() : service.titleRu(),
                service == null ? a.serviceCode() : service.titleKz(),
                a.operation(),
                a.baseLicenseNumber(),
                a.reorganisation() == null
                        ? document.reorganisation()
                        : a.reorganisation().name(),
                a.language(),
                a.applicantKind(),
                a.applicantId(),
                a.applicantName(),
                document.headIin(),
                a.receivedAt(),
                a.registeredOn(),
                a.deadline(),
                daysLeft,
                a.deadlineMark(),
                a.assignedOfficer(),
                document.enteredBy(),
                subtypeViews,
                objects,
                fields,
                files,
                paper,
                a.validationReport() == null
                        ? null
                        : filed.report(a.validationReport()).orElse(null),
                registry,
                payment,
                history,
                steps,
                a.currentStep(),
                a.stepDeadline(),
                actions,
                grounds,
                a.resultAvailable() ? a.resultKind() : null,
                a.refusalCode());
    }

    /** What the state allows; the decision use cases check the same again when the officer acts. */
    static CaseFile.Actions actions(LicenseApplication a, LicenseService service, Optional<Procedure> procedure) {
        boolean inReview = a.status() == ApplicationStatus.IN_REVIEW;
        boolean failed = a.status() == ApplicationStatus.CHECK_FAILED;
        boolean ordered = service != null && service.resultKind() == ResultKind.ORDER;
        boolean lastStep = procedure.map(p -> p.isLast(a.currentStep())).orElse(true);
        boolean refusableStep = procedure
                .flatMap(p -> p.find(a.currentStep()))
                .map(s -> s.refusable())
                .orElse(true);
        boolean issue = inReview && lastStep && !a.paymentToConfirm();
        return new CaseFile.Actions(
                issue && !ordered,
                issue && ordered,
                (inReview && refusableStep) || failed,
                failed,
                inReview && procedure.isPresent() && !lastStep,
                a.paymentToConfirm() && !a.status().isFinal());
    }

    private static List<CaseFile.ProcedureStep> steps(Procedure p, LicenseApplication a) {
        int current = -1;
        for (int i = 0; i < p.steps().size(); i++) {
            if (p.steps().get(i).code().equals(a.currentStep())) {
                current = i;
            }
        }
        boolean decided = a.status().isFinal();
        List<CaseFile.ProcedureStep> result = new ArrayList<>();
        for (int i = 0; i < p.steps().size(); i++) {
            var s = p.steps().get(i);
            result.add(new CaseFile.ProcedureStep(
                    s.code(),
                    s.nameRu(),
                    s.nameKz(),
                    s.unitRu(),
                    s.unitKz(),
                    s.refusable(),
                    i == current && !decided,
                    i < current || (decided && i <= current)));
        }
        return result;
    }

    private static CaseFile.Event event(ApplicationEvent e) {
        return new CaseFile.Event(
                e.status(), e.at(), e.actorRole() == null ? null : e.actorRole().name(), e.actor(), e.note());
    }

    @Override
    public List<CaseFile.Labelled> services() {
        return catalog.services().stream()
                .map(s -> new CaseFile.Labelled(s.code(), s.titleRu(), s.titleKz()))
                .toList();
    }

    @Override
    public FileContent file(String applicationNumber, String fileId, String officer) {
        LicenseApplication a = visible(applicationNumber, officer);
        if (fileId != null && fileId.matches("[as]\\d{1,3}")) {
            int index = Integer.parseInt(fileId.substring(1));
            if (fileId.charAt(0) == 's' && index < a.scans().size()) {
                ApplicationScan s = a.scans().get(index);
                return new FileContent(s.fileName(), s.contentType(), s.sha256(), s.content());
            }
            if (fileId.charAt(0) == 'a' && a.signedDocument() != null) {
                List<FiledDocument.Attachment> attachments =
                        filed.read(a.signedDocument()).attachments();
                if (index < attachments.size()) {
                    FiledDocument.Attachment at = attachments.get(index);
                    return new FileContent(at.fileName(), at.mediaType(), at.sha256(), at.content());
                }
            }
        }
        throw new ElicensingException(
                ErrorCode.APPLICATION_NOT_FOUND, applicationNumber + " has no file " + fileId, applicationNumber);
    }

    @Override
    public PrintedResult result(String applicationNumber, String officer, String language) {
        LicenseApplication a = visible(applicationNumber, officer);
        if (!a.resultAvailable()) {
            throw new ElicensingException(
                    ErrorCode.RESULT_NOT_READY, applicationNumber + " has no result yet", applicationNumber);
        }
        ResultDocument result = new ResultDocument(a.number(), a.resultKind(), a.resultDocument(), a.providerCode());
        return new PrintedResult(result, printouts.pdf(result, "kk".equals(language) ? "kk" : "ru"));
    }

    private LicenseApplication visible(String number, String officer) {
        return OfficerAccess.visible(applications, officers, number, officer);
    }

    private Officer officer(String officer) {
        return OfficerAccess.officer(officers, officer);
    }
}

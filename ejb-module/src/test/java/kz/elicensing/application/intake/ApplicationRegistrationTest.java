package kz.elicensing.application.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.elicensing.application.check.CheckKind;
import kz.elicensing.application.check.CheckQueue;
import kz.elicensing.application.intake.ApplicationRegistration.Entry;
import kz.elicensing.application.intake.ApplicationRegistration.Submission;
import kz.elicensing.application.intake.ApplicationRegistration.Unpaid;
import kz.elicensing.domain.application.ApplicantNotice;
import kz.elicensing.domain.application.ApplicationForm;
import kz.elicensing.domain.application.ApplicationRepository;
import kz.elicensing.domain.application.ApplicationStatus;
import kz.elicensing.domain.application.Channel;
import kz.elicensing.domain.application.InMemoryApplications;
import kz.elicensing.domain.application.LicenseApplication;
import kz.elicensing.domain.application.PaymentReceipt;
import kz.elicensing.domain.application.SignedApplication;
import kz.elicensing.domain.catalog.ActivitySubtype;
import kz.elicensing.domain.catalog.Catalog;
import kz.elicensing.domain.catalog.LicenseService;
import kz.elicensing.domain.catalog.Operation;
import kz.elicensing.domain.catalog.Provider;
import kz.elicensing.domain.catalog.RequiredDocument;
import kz.elicensing.domain.catalog.ServiceOperation;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.evidence.InMemoryEvidenceLog;
import kz.elicensing.domain.licence.LicenseRepository;
import kz.elicensing.domain.party.ApplicantKind;
import kz.elicensing.domain.payment.PaymentDue;
import kz.elicensing.domain.payment.PaymentRecord;
import kz.elicensing.domain.payment.PaymentVerdict;
import kz.elicensing.domain.signature.SignerIdentity;
import kz.elicensing.domain.workflow.Deadline;
import kz.elicensing.domain.workflow.Procedure;
import kz.elicensing.domain.workflow.ProcedureStep;
import kz.elicensing.domain.workflow.StatutoryCalendar;
import kz.elicensing.domain.workflow.Term;
import kz.elicensing.domain.workflow.WorkingCalendars;
import kz.elicensing.domain.workflow.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

/** The registration both channels share: what each channel states differently, and the sequence they have in common. */
class ApplicationRegistrationTest {
    static final Instant MONDAY_10_ALMATY = Instant.parse("2026-11-23T05:00:00Z");
    static final String BIN = "150140000012";
    static final String HEAD_IIN = "900515300018";
    static final Provider DP = new Provider("DP_ALMATY", "120340000054", "ДП г. Алматы", "Алматы ҚПД");
    static final LicenseService SECURITY = new LicenseService(
            "SECURITY_ACTIVITY",
            "Охранная деятельность",
            "Күзет қызметі",
            DP,
            ApplicantKind.LEGAL_ENTITY,
            true,
            new BigDecimal("19660.00"),
            15,
            "LAA");
    static final LicenseService TRAINING = new LicenseService(
            "TRAINING_CENTER",
            "Учебный центр",
            "Оқу орталығы",
            DP,
            ApplicantKind.LEGAL_ENTITY,
            true,
            BigDecimal.ZERO,
            30,
            "TC");
    static final Provider DP_ASTANA = new Provider("DP_ASTANA", "090340000774", "ДП г. Астаны", "Астана ҚПД");
    /** Service 1 as the catalog has it: provided per region (Almaty and Astana served here). */
    static final LicenseService REGIONAL =
            new LicenseService(
                    "SECURITY_ACTIVITY",
                    "Охранная деятельность",
                    "Күзет қызметі",
                    DP,
                    ApplicantKind.LEGAL_ENTITY,
                    true,
                    new BigDecimal("19660.00"),
                    15,
                    "LAA") {
                @Override
                public boolean perRegion() {
                    return true;
                }
            };

    static final Map<String, Provider> REGIONS = Map.of("ALMATY", DP, "ASTANA", DP_ASTANA);
    static final Procedure STEPS = new Procedure(List.of(
            new ProcedureStep(1, "REGISTRATION", "р", "т", "u", "b", Term.calendarDays(1), false),
            new ProcedureStep(2, "COMPLETENESS_CHECK", "п", "т", "u", "b", Term.workingDays(2), true),
            new ProcedureStep(3, "DELIVERY", "в", "т", "u", "b", Term.calendarDays(11), false)));

    final InMemoryApplications applications = new InMemoryApplications(MONDAY_10_ALMATY);
    final InMemoryEvidenceLog evidence = new InMemoryEvidenceLog();
    final List<String> paymentsAsked = new ArrayList<>();
    final List<String> queued = new ArrayList<>();
    final List<PaymentDue> dues = new ArrayList<>();
    final List<String> notices = new ArrayList<>();
    /** How many of the next look-ups by request find nothing: a copy of the request registered concurrently. */
    int hiddenRequestLookups;

    boolean operationEnabled = true;
    boolean perRegion = false;
    List<RequiredDocument> documents = List.of();
    List<ActivitySubtype> subtypes = List.of();
    final ApplicationRegistration registration;

    ApplicationRegistrationTest() {
        Catalog catalog = (Catalog) Proxy.newProxyInstance(
                Catalog.class.getClassLoader(),
                new Class<?>[] {Catalog.class},
                (proxy, m, args) -> switch (m.getName()) {
                    case "service" ->
                        SECURITY.code().equals(args[0])
                                ? Optional.of(perRegion ? REGIONAL : SECURITY)
                                : TRAINING.code().equals(args[0]) ? Optional.of(TRAINING) : Optional.empty();
                    case "operation" ->
                        Optional.of(new ServiceOperation(
                                (String) args[0],
                                (Operation) args[1],
                                operationEnabled,
                                TRAINING.code().equals(args[0]) ? Term.workingDays(30) : Term.workingDays(15),
                                TRAINING.code().equals(args[0]) ? BigDecimal.ZERO : new BigDecimal("19660.00"),
                                "105402"));
                    case "procedure" -> TRAINING.code().equals(args[0]) ? Optional.of(STEPS) : Optional.empty();
                    case "requiredDocuments" -> documents;
                    case "activitySubtypes" -> subtypes;
                    case "provider" -> Optional.ofNullable(REGIONS.get((String) args[1]));
                    case "providerByCode" ->
                        REGIONS.values().stream()
                                .filter(p -> p.code().equals(args[0]))
                                .findFirst();
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        LicenseRepository licenses = (LicenseRepository) Proxy.newProxyInstance(
                LicenseRepository.class.getClassLoader(),
                new Class<?>[] {LicenseRepository.class},
                (proxy, m, args) -> Optional.empty());
        PaymentCheck payments = (reference, due, messageId) -> {
            paymentsAsked.add(reference + " " + due.fee() + " " + messageId);
            dues.add(due);
            return "PAY-NONE".equals(reference)
                    ? new PaymentVerdict(null, ErrorCode.PAYMENT_NOT_FOUND)
                    : new PaymentVerdict(
                            new PaymentRecord(reference, BIN, due.fee(), "105402", MONDAY_10_ALMATY), null);
        };
        CheckQueue checks = new CheckQueue() {
            @Override
            public void enqueue(String applicationNumber, CheckKind kind) {
                queued.add(applicationNumber + " " + kind);
            }

            @Override
            public boolean pending(String applicationNumber, CheckKind kind) {
                return false;
            }

            @Override
            public void enqueueNotice(String applicationNumber, ApplicantNotice notice, Instant at) {
                notices.add(applicationNumber + " " + notice + " " + at);
            }
        };
        WorkingDayCalendar calendar = new WorkingDayCalendar(List.of(
                StatutoryCalendar.year(Year.of(2026), LocalDate.of(2026, 5, 27)),
                StatutoryCalendar.year(Year.of(2027), LocalDate.of(2027, 5, 16))));
        WorkingCalendars calendars = new WorkingCalendars() {
            @Override
            public WorkingDayCalendar current() {
                return calendar;
            }

            @Override
            public void reload() {}
        };
        ApplicationRepository repository = (ApplicationRepository) Proxy.newProxyInstance(
                ApplicationRepository.class.getClassLoader(),
                new Class<?>[] {ApplicationRepository.class},
                (proxy, m, args) -> {
                    if ("byRequest".equals(m.getName()) && hiddenRequestLookups > 0) {
                        hiddenRequestLookups--;
                        return Optional.empty();
                    }
                    try {
                        return m.invoke(applications, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        registration = new ApplicationRegistration(
                repository,
                catalog,
                licenses,
                payments,
                checks,
                calendars,
                evidence,
                Clock.fixed(MONDAY_10_ALMATY, ZoneOffset.UTC));
    }

    static SignedApplication signed(String requestId, String service, String payment) {
        return signed(requestId, service, payment, List.of("GUARD"), Map.of(), List.of(), null);
    }

    static SignedApplication signed(String requestId, String service, String payment, PaymentReceipt receipt) {
        return signed(requestId, service, payment, List.of("GUARD"), Map.of(), List.of(), receipt);
    }

    static SignedApplication signed(
            String requestId,
            String service,
            String payment,
            List<String> subtypes,
            Map<String, String> fields,
            List<String> documents) {
        return signed(requestId, service, payment, subtypes, fields, documents, null);
    }

    static SignedApplication signed(
            String requestId,
            String service,
            String payment,
            List<String> subtypes,
            Map<String, String> fields,
            List<String> documents,
            PaymentReceipt receipt) {
        SignerIdentity signer = new SignerIdentity(
                HEAD_IIN,
                BIN,
                "СӘРСЕНБАЕВ НҰРЛАН",
                "CN=x",
                "CN=ca",
                "1",
                MONDAY_10_ALMATY,
                MONDAY_10_ALMATY.plusSeconds(86_400));
        ApplicationForm form = new ApplicationForm(
                requestId,
                service,
                Operation.ISSUE,
                null,
                "ru",
                ApplicantKind.LEGAL_ENTITY,
                BIN,
                "ТОО «Қорғау-Сервис»",
                HEAD_IIN,
                subtypes,
                payment,
                new BigDecimal("19660.00"),
                signer,
                fields,
                documents,
                receipt);
        return new SignedApplication(form, new byte[] {1}, "<report/>");
    }

    /** As channel 1 submits: a signed form, an unpaid fee answered, the registry checked afterwards. */
    Registration portal(SignedApplication s, String messageId) {
        ApplicationForm f = s.form();
        return registration.register(
                new Submission(
                        Channel.PORTAL,
                        "PORTAL",
                        messageId,
                        MONDAY_10_ALMATY,
                        f.requestId(),
                        f.serviceCode(),
                        f.operation(),
                        f.applicantKind(),
                        f.applicantId(),
                        f.paymentReference(),
                        f,
                        Unpaid.ANSWER,
                        null,
                        false,
                        s.validationReport(),
                        f.paymentReceipt()),
                (number, deadline, service, provider, fee) -> new LicenseApplication(
                        number,
                        s,
                        provider.code(),
                        "PORTAL",
                        messageId,
                        MONDAY_10_ALMATY,
                        deadline.registrationDay(),
                        deadline.lastDay()));
    }

    /** As channel 2 submits: no signature, the registry asked already, an unpaid fee a fault, its entry as evidence. */
    Registration officer(String requestId, String service, String payment, String provider) {
        SignedApplication s = signed(requestId, service, payment);
        return registration.register(
                new Submission(
                        Channel.OFFICER,
                        "officer1",
                        "m-w",
                        MONDAY_10_ALMATY,
                        requestId,
                        service,
                        Operation.ISSUE,
                        ApplicantKind.LEGAL_ENTITY,
                        BIN,
                        payment,
                        null,
                        Unpaid.FAULT,
                        provider,
                        true,
                        null),
                new Entry() {
                    @Override
                    public LicenseApplication open(
                            String number, Deadline deadline, LicenseService svc, Provider provider, BigDecimal fee) {
                        return new LicenseApplication(
                                number,
                                s,
                                DP.code(),
                                "officer1",
                                "m-w",
                                MONDAY_10_ALMATY,
                                deadline.registrationDay(),
                                deadline.lastDay());
                    }

                    @Override
                    public byte[] evidence(LicenseApplication application) {
                        return "<WalkInApplication/>".getBytes();
                    }
                });
    }

    @Test
    void anUnpaidFeeIsTheChannelsAnswerAndNothingIsStoredEitherWay() {
        Registration refused = portal(signed("r-1", SECURITY.code(), "PAY-NONE"), "m-1");
        assertFalse(refused.registered());
        assertEquals(ErrorCode.PAYMENT_NOT_FOUND, refused.refusal());
        assertEquals("<report/>", refused.validationReport());

        ElicensingException fault =
                assertThrows(ElicensingException.class, () -> officer("w-1", SECURITY.code(), "PAY-NONE", DP.code()));
        assertEquals(ErrorCode.PAYMENT_NOT_FOUND, fault.code());
        assertTrue(applications.byApplicant(BIN).isEmpty(), "nothing stored");
        assertEquals(0, evidence.entriesOf("EL-2026-00000001").size());
    }

    @Test
    void thePaymentIsAskedOnceBeforeRegistrationUnderAnIdOfTheMessage() {
        Registration r = portal(signed("r-1", SECURITY.code(), "PAY-1"), "m-1");
        assertTrue(r.registered());
        assertEquals(
                List.of("PAY-1 19660.00 " + ApplicationRegistration.paymentMessageId("PORTAL", "m-1")), paymentsAsked);
        assertEquals(LocalDate.of(2026, 12, 14), r.application().deadline(), "15 working days from Monday 23 November");
    }

    @Test
    void thePortalQueuesTheRegistryCheckAndTheOfficerChannelDoesNot() {
        Registration portal = portal(signed("r-1", SECURITY.code(), "PAY-1"), "m-1");
        assertEquals(ApplicationStatus.CHECKING, portal.application().status());
        assertEquals(List.of(portal.application().number() + " " + CheckKind.LEGAL_ENTITY_REGISTRY), queued);
        assertTrue(
                evidence.entriesOf(portal.application().number()).isEmpty(), "the signed message is evidence already");

        Registration walkIn = officer("w-1", SECURITY.code(), "PAY-2", DP.code());
        assertEquals(ApplicationStatus.IN_REVIEW, walkIn.application().status(), "the officer asked the registry");
        assertEquals(1, queued.size());
        var kept = evidence.entriesOf(walkIn.application().number());
        assertEquals(1, kept.size());
        assertEquals("WALK_IN", kept.get(0).record().channel());
        assertEquals("officer1", kept.get(0).record().senderId());
    }

    @Test
    void theApplicantIsToldOfTheRegistrationOnceAndOfTheReviewWhenNoRegistryIsAsked() {
        Registration portal = portal(signed("r-1", SECURITY.code(), "PAY-1"), "m-1");
        String p = portal.application().number();
        assertEquals(
                List.of(p + " REGISTERED " + MONDAY_10_ALMATY), notices, "registered; in review only once checked");

        Registration walkIn = officer("w-1", SECURITY.code(), "PAY-2", DP.code());
        String w = walkIn.application().number();
        assertEquals(
                List.of(
                        p + " REGISTERED " + MONDAY_10_ALMATY,
                        w + " REGISTERED " + MONDAY_10_ALMATY,
                        w + " IN_REVIEW " + MONDAY_10_ALMATY),
                notices,
                "the walk-in's registry was asked already: registered and in review, one notice each");

        officer("w-1", SECURITY.code(), "PAY-2", DP.code());
        portal(signed("r-1", SECURITY.code(), "PAY-1"), "m-1");
        assertEquals(3, notices.size(), "the same request again changes nothing and tells nothing");

        portal(signed("r-9", SECURITY.code(), "PAY-NONE"), "m-9");
        assertEquals(3, notices.size(), "nothing registered, nothing told through the outbox (the answer tells it)");
    }

    @Test
    void theSameRequestTwiceIsOneApplicationOfItsOwnProvider() {
        Registration first = officer("w-1", SECURITY.code(), "PAY-1", DP.code());
        Registration again = officer("w-1", SECURITY.code(), "PAY-1", DP.code());
        assertEquals(first.application().number(), again.application().number());
        assertEquals(1, paymentsAsked.size(), "a resend asks nothing");
        assertEquals(
                ErrorCode.OPERATION_NOT_ALLOWED,
                assertThrows(
                                ElicensingException.class,
                                () -> officer("w-1", SECURITY.code(), "PAY-1", "AGRI_ALMATY_REGION"))
                        .code());
    }

    @Test
    void aServiceWithAProcedureOfItsOwnGetsItsOuterDeadlineAndFirstStepInBothChannels() {
        Registration walkIn = officer("w-8", TRAINING.code(), "", DP.code());
        assertTrue(paymentsAsked.isEmpty(), "no fee, nothing asked");
        LicenseApplication a =
                applications.byNumber(walkIn.application().number()).orElseThrow();
        assertEquals("COMPLETENESS_CHECK", a.currentStep());
        assertNotNullDay(a.stepDeadline());
        assertTrue(a.stepDeadline().isBefore(a.deadline()), a.stepDeadline() + " before " + a.deadline());

        Registration portal = portal(signed("r-8", TRAINING.code(), ""), "m-8");
        LicenseApplication p =
                applications.byNumber(portal.application().number()).orElseThrow();
        assertEquals(a.deadline(), p.deadline(), "the same outer deadline through either channel");
        assertNull(p.currentStep(), "the portal's application waits for its registry check before the first step");
    }

    @Test
    void theCatalogRefusesAWithdrawnOperationAndAnUnknownService() {
        operationEnabled = false;
        assertEquals(
                ErrorCode.OPERATION_NOT_ALLOWED,
                assertThrows(ElicensingException.class, () -> portal(signed("r-1", SECURITY.code(), "PAY-1"), "m-1"))
                        .code());
        assertEquals(
                ErrorCode.SERVICE_NOT_IN_CATALOG,
                assertThrows(ElicensingException.class, () -> officer("w-1", "NO_SUCH_SERVICE", "PAY-1", DP.code()))
                        .code());
        assertTrue(paymentsAsked.isEmpty());
    }

    @Test
    void aPerRegionServiceGoesToTheProviderOfTheRegionTheFormNames() {
        perRegion = true;
        Registration astana =
                portal(signed("r-1", SECURITY.code(), "PAY-1", List.of("GUARD"), region("ASTANA"), List.of()), "m-1");
        assertEquals(
                "DP_ASTANA",
                applications
                        .byNumber(astana.application().number())
                        .orElseThrow()
                        .providerCode());
        Registration almaty =
                portal(signed("r-2", SECURITY.code(), "PAY-2", List.of("GUARD"), region("ALMATY"), List.of()), "m-2");
        assertEquals(
                "DP_ALMATY",
                applications
                        .byNumber(almaty.application().number())
                        .orElseThrow()
                        .providerCode());
    }

    @Test
    void aPerRegionServiceWithoutARegionOrInAnUnservedOneIsRefusedBeforeThePaymentAndNothingIsStored() {
        perRegion = true;
        ElicensingException none =
                assertThrows(ElicensingException.class, () -> portal(signed("r-1", SECURITY.code(), "PAY-1"), "m-1"));
        assertEquals(ErrorCode.REGION_REQUIRED, none.code());
        ElicensingException unserved = assertThrows(
                ElicensingException.class,
                () -> portal(
                        signed("r-2", SECURITY.code(), "PAY-2", List.of("GUARD"), region("MARS"), List.of()), "m-2"));
        assertEquals(ErrorCode.REGION_NOT_SERVED, unserved.code());
        assertEquals("MARS", unserved.arguments()[0]);
        assertTrue(paymentsAsked.isEmpty(), "refused before the fee is asked");
        assertTrue(applications.byApplicant(BIN).isEmpty(), "nothing stored");
    }

    @Test
    void anotherServiceIgnoresTheRegionAndGoesToItsOneProvider() {
        Registration r =
                portal(signed("r-1", SECURITY.code(), "PAY-1", List.of("GUARD"), region("ASTANA"), List.of()), "m-1");
        assertEquals(
                "DP_ALMATY",
                applications.byNumber(r.application().number()).orElseThrow().providerCode());
    }

    @Test
    void theAttachmentsMustBeTheCatalogsMandatoryDocumentsAndTheSubtypesItsSubtypes() {
        documents = List.of(
                new RequiredDocument("CHARTER", "Устав", "Жарғы", true, ApplicantKind.LEGAL_ENTITY),
                new RequiredDocument("ID_CARD", "Удостоверение", "Куәлік", true, ApplicantKind.INDIVIDUAL),
                new RequiredDocument("STAFF_LIST", "Сведения", "Мәліметтер", false, null));
        subtypes = List.of(new ActivitySubtype("GUARD", "Охрана", "Күзет"));
        ElicensingException missing = assertThrows(
                ElicensingException.class,
                () -> portal(
                        signed("r-1", SECURITY.code(), "PAY-1", List.of("GUARD"), Map.of(), List.of("STAFF_LIST")),
                        "m-1"));
        assertEquals(ErrorCode.DOCUMENTS_INCOMPLETE, missing.code());
        assertEquals("CHARTER", missing.arguments()[0], "the individual's document is not asked of a legal entity");
        ElicensingException unknown = assertThrows(
                ElicensingException.class,
                () -> portal(
                        signed(
                                "r-2",
                                SECURITY.code(),
                                "PAY-2",
                                List.of("GUARD", "ESCORT"),
                                Map.of(),
                                List.of("CHARTER")),
                        "m-2"));
        assertEquals(ErrorCode.SUBTYPE_NOT_IN_CATALOG, unknown.code());
        assertEquals("ESCORT", unknown.arguments()[0]);
        assertTrue(paymentsAsked.isEmpty());
        assertTrue(applications.byApplicant(BIN).isEmpty(), "nothing stored");

        assertTrue(
                portal(signed("r-3", SECURITY.code(), "PAY-3", List.of("GUARD"), Map.of(), List.of("CHARTER")), "m-3")
                        .registered());
    }

    private static Map<String, String> region(String code) {
        return Map.of(ApplicationForm.REGION_FIELD, code);
    }

    @Test
    void aPaymentPaysForOneApplicationOnlyAndTheSameRequestStillGetsItsFirstAnswer() {
        Registration first = portal(signed("r-1", SECURITY.code(), "PAY-1"), "m-1");
        assertTrue(first.registered());
        assertEquals(
                "PAY-1",
                applications
                        .byNumber(first.application().number())
                        .orElseThrow()
                        .paidByReference());

        Registration again = portal(signed("r-1", SECURITY.code(), "PAY-1"), "m-2");
        assertEquals(first.application().number(), again.application().number(), "same request, new messageId");

        Registration second = portal(signed("r-2", SECURITY.code(), "PAY-1"), "m-3");
        assertFalse(second.registered());
        assertEquals(ErrorCode.PAYMENT_ALREADY_USED, second.refusal());
        assertEquals(
                ErrorCode.PAYMENT_ALREADY_USED,
                assertThrows(ElicensingException.class, () -> officer("w-2", SECURITY.code(), "PAY-1", DP.code()))
                        .code());
        assertEquals(1, applications.byApplicant(BIN).size(), "nothing stored for the refused ones");
        assertEquals(1, paymentsAsked.size(), "a used reference is refused without asking the gateway");
    }

    @Test
    void aCopyOfTheRequestRegisteredMeanwhileIsItsAnswerNotAPaymentAlreadyUsed() {
        Registration first = portal(signed("r-1", SECURITY.code(), "PAY-1"), "m-1");
        hiddenRequestLookups = 1; // the copy under m-2 looked before m-1's registration was committed

        Registration copy = portal(signed("r-1", SECURITY.code(), "PAY-1"), "m-2");

        assertTrue(copy.registered(), "eight copies of one request at once are one application (IdempotencyIT)");
        assertEquals(first.application().number(), copy.application().number());
        assertEquals(1, applications.byApplicant(BIN).size());
    }

    @Test
    void thePaymentIsCheckedAgainstTheApplicantAndTheOperationsFeeAndBudgetCode() {
        portal(signed("r-1", SECURITY.code(), "PAY-1"), "m-1");
        assertEquals(List.of(new PaymentDue(BIN, new BigDecimal("19660.00"), "105402")), dues);
    }

    @Test
    void aScannedReceiptIsRegisteredWithPaymentToBeConfirmedAndKeptWithItsHash() {
        byte[] pdf = "%PDF-1.4 receipt".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Registration r =
                portal(signed("r-1", SECURITY.code(), "RCPT-1", new PaymentReceipt("receipt.pdf", pdf)), "m-1");
        assertTrue(r.registered());
        assertTrue(paymentsAsked.isEmpty(), "a receipt is not asked at the payment gateway");
        LicenseApplication a = applications.byNumber(r.application().number()).orElseThrow();
        assertTrue(a.paymentToConfirm());
        assertFalse(a.paymentConfirmed());
        assertEquals("RCPT-1", a.paidByReference(), "a receipt's number pays for one application too");
        assertEquals(1, a.scans().size());
        assertEquals(PaymentReceipt.DOCUMENT_CODE, a.scans().get(0).documentCode());
        assertEquals("application/pdf", a.scans().get(0).contentType());
        assertEquals(64, a.scans().get(0).sha256().length());

        a.confirmApplicant(MONDAY_10_ALMATY);
        assertEquals(ApplicationStatus.IN_REVIEW, a.status(), "reviewed while the receipt waits for the officer");
        a.confirmReceipt("officer1", MONDAY_10_ALMATY);
        assertFalse(a.paymentToConfirm());
        assertTrue(a.paymentConfirmed());
        assertEquals(
                ErrorCode.OPERATION_NOT_ALLOWED,
                assertThrows(ElicensingException.class, () -> a.confirmReceipt("officer1", MONDAY_10_ALMATY))
                        .code());

        assertEquals(
                ErrorCode.SCAN_REJECTED,
                assertThrows(
                                ElicensingException.class,
                                () -> portal(
                                        signed(
                                                "r-2",
                                                SECURITY.code(),
                                                "RCPT-2",
                                                new PaymentReceipt("x.txt", new byte[] {1})),
                                        "m-2"))
                        .code(),
                "a receipt must be a PDF, JPEG or PNG");
    }

    private static void assertNotNullDay(LocalDate day) {
        assertTrue(day != null, "a step deadline");
    }
}

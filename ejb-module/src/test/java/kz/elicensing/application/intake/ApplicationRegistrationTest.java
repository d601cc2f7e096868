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
import java.util.Optional;
import kz.elicensing.application.check.CheckKind;
import kz.elicensing.application.check.CheckQueue;
import kz.elicensing.application.intake.ApplicationRegistration.Entry;
import kz.elicensing.application.intake.ApplicationRegistration.Submission;
import kz.elicensing.application.intake.ApplicationRegistration.Unpaid;
import kz.elicensing.domain.application.ApplicantNotice;
import kz.elicensing.domain.application.ApplicationForm;
import kz.elicensing.domain.application.ApplicationStatus;
import kz.elicensing.domain.application.Channel;
import kz.elicensing.domain.application.InMemoryApplications;
import kz.elicensing.domain.application.LicenseApplication;
import kz.elicensing.domain.application.SignedApplication;
import kz.elicensing.domain.catalog.Catalog;
import kz.elicensing.domain.catalog.LicenseService;
import kz.elicensing.domain.catalog.Operation;
import kz.elicensing.domain.catalog.Provider;
import kz.elicensing.domain.catalog.ServiceOperation;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.evidence.InMemoryEvidenceLog;
import kz.elicensing.domain.licence.LicenseRepository;
import kz.elicensing.domain.party.ApplicantKind;
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
    static final Procedure STEPS = new Procedure(List.of(
            new ProcedureStep(1, "REGISTRATION", "р", "т", "u", "b", Term.calendarDays(1), false),
            new ProcedureStep(2, "COMPLETENESS_CHECK", "п", "т", "u", "b", Term.workingDays(2), true),
            new ProcedureStep(3, "DELIVERY", "в", "т", "u", "b", Term.calendarDays(11), false)));

    final InMemoryApplications applications = new InMemoryApplications(MONDAY_10_ALMATY);
    final InMemoryEvidenceLog evidence = new InMemoryEvidenceLog();
    final List<String> paymentsAsked = new ArrayList<>();
    final List<String> queued = new ArrayList<>();
    final List<String> notices = new ArrayList<>();
    boolean operationEnabled = true;
    final ApplicationRegistration registration;

    ApplicationRegistrationTest() {
        Catalog catalog = (Catalog) Proxy.newProxyInstance(
                Catalog.class.getClassLoader(),
                new Class<?>[] {Catalog.class},
                (proxy, m, args) -> switch (m.getName()) {
                    case "service" ->
                        SECURITY.code().equals(args[0])
                                ? Optional.of(SECURITY)
                                : TRAINING.code().equals(args[0]) ? Optional.of(TRAINING) : Optional.empty();
                    case "operation" ->
                        Optional.of(new ServiceOperation(
                                (String) args[0],
                                (Operation) args[1],
                                operationEnabled,
                                TRAINING.code().equals(args[0]) ? Term.workingDays(30) : Term.workingDays(15),
                                TRAINING.code().equals(args[0]) ? BigDecimal.ZERO : new BigDecimal("19660.00")));
                    case "procedure" -> TRAINING.code().equals(args[0]) ? Optional.of(STEPS) : Optional.empty();
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        LicenseRepository licenses = (LicenseRepository) Proxy.newProxyInstance(
                LicenseRepository.class.getClassLoader(),
                new Class<?>[] {LicenseRepository.class},
                (proxy, m, args) -> Optional.empty());
        PaymentCheck payments = (reference, fee, messageId) -> {
            paymentsAsked.add(reference + " " + fee + " " + messageId);
            return "PAY-NONE".equals(reference)
                    ? new PaymentVerdict(null, ErrorCode.PAYMENT_NOT_FOUND)
                    : new PaymentVerdict(new PaymentRecord(reference, BIN, fee, "217103", MONDAY_10_ALMATY), null);
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
        registration = new ApplicationRegistration(
                applications,
                catalog,
                licenses,
                payments,
                checks,
                calendars,
                evidence,
                Clock.fixed(MONDAY_10_ALMATY, ZoneOffset.UTC));
    }

    static SignedApplication signed(String requestId, String service, String payment) {
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
                List.of("GUARD"),
                payment,
                new BigDecimal("19660.00"),
                signer);
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
                        s.validationReport()),
                (number, deadline, service, fee) -> new LicenseApplication(
                        number,
                        s,
                        service.provider().code(),
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
                            String number, Deadline deadline, LicenseService svc, BigDecimal fee) {
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

    private static void assertNotNullDay(LocalDate day) {
        assertTrue(day != null, "a step deadline");
    }
}

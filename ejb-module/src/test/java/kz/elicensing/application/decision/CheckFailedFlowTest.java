package kz.elicensing.application.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.elicensing.application.check.CheckKind;
import kz.elicensing.application.check.CheckQueue;
import kz.elicensing.application.check.CheckServiceAccess;
import kz.elicensing.application.check.DefaultCheckService;
import kz.elicensing.application.query.ApplicationView;
import kz.elicensing.domain.application.ActorRole;
import kz.elicensing.domain.application.ApplicantNotice;
import kz.elicensing.domain.application.ApplicationStatus;
import kz.elicensing.domain.application.InMemoryApplications;
import kz.elicensing.domain.application.LicenseApplication;
import kz.elicensing.domain.catalog.Catalog;
import kz.elicensing.domain.catalog.LicenseService;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.party.ApplicantKind;
import org.junit.jupiter.api.Test;

/** After the last retry an application is no refusal but CHECK_FAILED on the officer's list, who has the checks made again. */
class CheckFailedFlowTest {
    private static final Instant T0 = Instant.parse("2026-11-23T05:00:00Z");

    private final InMemoryApplications applications = new InMemoryApplications(T0);
    private final Queue queue = new Queue();
    private final DefaultCheckService checks;
    private final DefaultDecisionService decisions = new DefaultDecisionService();

    CheckFailedFlowTest() {
        Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
        checks = CheckServiceAccess.with(applications, queue, clock);
        decisions.applications = applications;
        decisions.checks = queue;
        decisions.clock = clock;
        LicenseService service = new LicenseService(
                "SECURITY_ACTIVITY",
                "ru",
                "kk",
                null,
                ApplicantKind.LEGAL_ENTITY,
                true,
                new BigDecimal("19660.00"),
                15,
                "LAA");
        decisions.catalog = (Catalog) java.lang.reflect.Proxy.newProxyInstance(
                Catalog.class.getClassLoader(),
                new Class<?>[] {Catalog.class},
                (proxy, method, args) -> "service".equals(method.getName()) ? Optional.of(service) : null);
        decisions.officers = username -> "officer1".equals(username) ? Optional.of("DP_ALMATY") : Optional.empty();
    }

    @Test
    void theLastRetryHandsTheApplicationToTheOfficerWhoRetriesTheUnconfirmedCheck() {
        LicenseApplication a = applications.checking("EL-2026-00000001");
        a.confirmApplicant(T0);
        checks.giveUp(a.number(), CheckKind.PAYMENT, "UPSTREAM_UNAVAILABLE: PEP_PaymentCheck unreachable");
        assertEquals(ApplicationStatus.CHECK_FAILED, a.status());
        assertEquals(null, a.refusalCode(), "not refused: the applicant did nothing wrong");

        List<ApplicationView> failed = decisions.checksFailed("officer1");
        assertEquals(
                List.of(a.number()),
                failed.stream().map(ApplicationView::number).toList());
        assertTrue(failed.get(0)
                .history()
                .get(failed.get(0).history().size() - 1)
                .note()
                .startsWith("PAYMENT: "));

        decisions.retryChecks(a.number(), "officer1");
        assertEquals(ApplicationStatus.CHECKING, a.status());
        assertEquals(List.of(a.number() + " PAYMENT"), queue.queued, "only the unconfirmed check, once");
        assertEquals(List.of(), queue.notices, "checking and a failed check are the office's business: nothing told");
    }

    @Test
    void aCheckStillQueuedIsNotQueuedTwice() {
        LicenseApplication a = applications.checking("EL-2026-00000002");
        checks.giveUp(a.number(), CheckKind.LEGAL_ENTITY_REGISTRY, "timeout");
        queue.pending.add(a.number() + " PAYMENT");
        decisions.retryChecks(a.number(), "officer1");
        assertEquals(List.of(a.number() + " LEGAL_ENTITY_REGISTRY"), queue.queued);
    }

    @Test
    void onlyAFailedApplicationIsRetried() {
        LicenseApplication a = applications.checking("EL-2026-00000003");
        ElicensingException e =
                assertThrows(ElicensingException.class, () -> decisions.retryChecks(a.number(), "officer1"));
        assertEquals(ErrorCode.OPERATION_NOT_ALLOWED, e.code());
        assertTrue(queue.queued.isEmpty());
    }

    @Test
    void aDecidedApplicationStaysAsItIs() {
        LicenseApplication a = applications.checking("EL-2026-00000004");
        a.confirmApplicant(T0);
        a.confirmPayment(T0);
        checks.giveUp(a.number(), CheckKind.PAYMENT, "late duplicate");
        assertEquals(ApplicationStatus.IN_REVIEW, a.status());
    }

    @Test
    void aDecidedApplicationIsNotDecidedTwice() {
        // a double click, or the back button and a resubmit, reaches the use case a second time: its state check
        // refuses
        LicenseApplication a = applications.checking("EL-2026-00000005");
        a.confirmApplicant(T0);
        a.confirmPayment(T0);
        a.refuse(ErrorCode.OPERATION_NOT_ALLOWED, new byte[] {1}, T0, ActorRole.OFFICER, "officer1", "first decision");
        assertEquals(
                ErrorCode.OPERATION_NOT_ALLOWED,
                assertThrows(ElicensingException.class, () -> decisions.approve(a.number(), "officer1"))
                        .code());
        assertEquals(
                ErrorCode.OPERATION_NOT_ALLOWED,
                assertThrows(
                                ElicensingException.class,
                                () -> decisions.refuse(a.number(), "officer1", "ANY", "Повтор", "Қайталау"))
                        .code());
        assertEquals(ApplicationStatus.REFUSED, a.status());
    }

    /** Applications in a map. */

    /** A check queue that records what was queued. */
    static final class Queue implements CheckQueue {
        final List<String> queued = new ArrayList<>();
        final List<String> pending = new ArrayList<>();
        final List<String> notices = new ArrayList<>();

        @Override
        public void enqueueNotice(String applicationNumber, ApplicantNotice notice, Instant at) {
            notices.add(applicationNumber + " " + notice);
        }

        @Override
        public void enqueue(String applicationNumber, CheckKind kind) {
            queued.add(applicationNumber + " " + kind);
        }

        @Override
        public boolean pending(String applicationNumber, CheckKind kind) {
            return pending.contains(applicationNumber + " " + kind) || queued.contains(applicationNumber + " " + kind);
        }
    }
}

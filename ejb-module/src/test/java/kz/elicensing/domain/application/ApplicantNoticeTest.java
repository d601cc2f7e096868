package kz.elicensing.domain.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.workflow.DeadlineMark;
import org.junit.jupiter.api.Test;

/** An application records one notice per change its applicant is told of, and nothing for the office's own steps. */
class ApplicantNoticeTest {
    private static final Instant T0 = Instant.parse("2026-11-23T05:00:00Z");
    private final InMemoryApplications applications = new InMemoryApplications(T0);

    @Test
    void registrationReviewAndTheLicenseAreToldOnceEach() {
        LicenseApplication a = applications.checking("EL-2026-00000001");
        assertEquals(List.of(), a.takeNotices(), "the registration's notice was taken by the registration");
        a.confirmApplicant(T0.plusSeconds(1));
        assertEquals(List.of(), a.takeNotices(), "still checking the payment: nothing changed for the applicant");
        a.confirmPayment(T0.plusSeconds(2));
        assertEquals(List.of(new ApplicantNotice.Due(ApplicantNotice.IN_REVIEW, T0.plusSeconds(2))), a.takeNotices());
        assertEquals(List.of(), a.takeNotices(), "taken once");
        a.issue(new byte[] {1}, T0.plusSeconds(3), "officer1");
        assertEquals(List.of(new ApplicantNotice.Due(ApplicantNotice.ISSUED, T0.plusSeconds(3))), a.takeNotices());
    }

    @Test
    void aFailedCheckAndItsRetryAreTheOfficesBusinessButTheReviewThatFollowsIsTold() {
        LicenseApplication a = applications.checking("EL-2026-00000002");
        a.confirmPayment(T0);
        a.checkFailed(T0.plusSeconds(1), "LEGAL_ENTITY_REGISTRY: timeout");
        a.retryChecks(T0.plusSeconds(2), "officer1");
        assertEquals(List.of(), a.takeNotices());
        a.confirmApplicant(T0.plusSeconds(3));
        assertEquals(List.of(new ApplicantNotice.Due(ApplicantNotice.IN_REVIEW, T0.plusSeconds(3))), a.takeNotices());
    }

    @Test
    void aRefusalIsToldAndCarriesItsResult() {
        LicenseApplication a = applications.checking("EL-2026-00000003");
        a.refuse(
                ErrorCode.APPLICANT_NOT_FOUND,
                new byte[] {2},
                T0.plusSeconds(1),
                ActorRole.SYSTEM,
                "E-licensing",
                null);
        List<ApplicantNotice.Due> told = a.takeNotices();
        assertEquals(List.of(new ApplicantNotice.Due(ApplicantNotice.REFUSED, T0.plusSeconds(1))), told);
        assertTrue(told.get(0).notice().carriesResult());
    }

    @Test
    void onlyAPassedTermIsToldAndOnlyWhenTheMarkChanges() {
        LicenseApplication a = applications.checking("EL-2026-00000004");
        a.markDeadline(DeadlineMark.NEARING, T0.plusSeconds(1));
        assertEquals(List.of(), a.takeNotices(), "nearing is the officers' warning");
        a.markDeadline(DeadlineMark.OVERDUE, T0.plusSeconds(2));
        a.markDeadline(DeadlineMark.OVERDUE, T0.plusSeconds(3));
        assertEquals(List.of(new ApplicantNotice.Due(ApplicantNotice.OVERDUE, T0.plusSeconds(2))), a.takeNotices());
    }

    @Test
    void aMoveTheStateMachineRefusesOwesNothing() {
        LicenseApplication a = applications.checking("EL-2026-00000005");
        assertThrows(ElicensingException.class, () -> a.issue(new byte[] {1}, T0, "officer1"));
        assertEquals(List.of(), a.takeNotices());
    }
}

package kz.elicensing.domain.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kz.elicensing.domain.catalog.Operation;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.party.ApplicantKind;
import kz.elicensing.domain.signature.SignerIdentity;
import org.junit.jupiter.api.Test;

class LicenseApplicationTest {
    private static final Instant T0 = Instant.parse("2026-11-23T05:00:00Z");

    static LicenseApplication registered() {
        SignerIdentity signer = new SignerIdentity(
                "900515300018", "150140000012", "СӘРСЕНБАЕВ НҰРЛАН", "CN=x", "CN=ca", "1", T0, T0.plusSeconds(86_400));
        ApplicationForm form = new ApplicationForm(
                "req-1",
                "SECURITY_ACTIVITY",
                Operation.ISSUE,
                null,
                "kk",
                ApplicantKind.LEGAL_ENTITY,
                "150140000012",
                "ТОО «Қорғау-Сервис»",
                "900515300018",
                List.of("GUARD", "ESCORT"),
                "PAY-1",
                new BigDecimal("19660.00"),
                signer);
        SignedApplication signed = new SignedApplication(form, new byte[] {1, 2, 3}, "<report/>");
        return new LicenseApplication(
                "EL-2026-00000001",
                signed,
                "DP_ALMATY",
                "PORTAL",
                "m-1",
                T0,
                LocalDate.of(2026, 11, 23),
                LocalDate.of(2026, 12, 14));
    }

    @Test
    void theObjectsAndTheReorganisationTheFormNamesAreKeptWithTheApplication() {
        SignerIdentity signer = new SignerIdentity(
                "900515300018", "160240000018", "СӘРСЕНБАЕВ НҰРЛАН", "CN=x", "CN=ca", "1", T0, T0.plusSeconds(86_400));
        ApplicationForm form = new ApplicationForm(
                "req-2",
                "SECURITY_ACTIVITY",
                Operation.REISSUE,
                "KZ00LAA00000001",
                "ru",
                ApplicantKind.LEGAL_ENTITY,
                "160240000018",
                "ТОО «Жаңа Қорғау»",
                "900515300018",
                List.of("GUARD"),
                "PAY-2",
                new BigDecimal("19660.00"),
                signer,
                List.of(new ActivityObject("Алматы, Абай 1", "офис"), new ActivityObject("Алматы, Сәтбаев 2", null)),
                Reorganisation.MERGER);
        LicenseApplication a = new LicenseApplication(
                "EL-2026-00000002",
                new SignedApplication(form, new byte[] {1}, "<report/>"),
                "DP_ALMATY",
                "PORTAL",
                "m-2",
                T0,
                LocalDate.of(2026, 11, 23),
                LocalDate.of(2026, 12, 14));
        assertEquals(form.objects(), a.objects());
        assertEquals(Reorganisation.MERGER, a.reorganisation());
        assertEquals("KZ00LAA00000001", a.baseLicenseNumber());
        assertEquals(List.of(), registered().objects(), "an application naming no object has none");
    }

    @Test
    void aDeadlineMarkIsKeptOnceAndOnlyWarningsEnterTheHistory() {
        LicenseApplication a = registered();
        assertFalse(
                a.markDeadline(kz.elicensing.domain.workflow.DeadlineMark.ON_TRACK, T0),
                "a fresh application on track is not touched (no version move for the timer)");
        assertEquals(1, a.history().size(), "on track is not news");
        assertTrue(a.markDeadline(kz.elicensing.domain.workflow.DeadlineMark.OVERDUE, T0.plusSeconds(120)));
        assertEquals("deadline: OVERDUE", a.history().get(1).note());
        assertFalse(
                a.markDeadline(kz.elicensing.domain.workflow.DeadlineMark.OVERDUE, T0.plusSeconds(150)), "idempotent");
        a.moveTo(ApplicationStatus.REFUSED, T0.plusSeconds(180), ActorRole.OFFICER, "officer1", "x");
        assertEquals(LocalDate.of(2026, 11, 23), a.decidedOn());
        assertFalse(
                a.markDeadline(kz.elicensing.domain.workflow.DeadlineMark.NEARING, T0.plusSeconds(240)),
                "a decided application is not marked");
    }

    @Test
    void aNewApplicationIsRegisteredWithItsHistory() {
        LicenseApplication a = registered();
        assertEquals(ApplicationStatus.REGISTERED, a.status());
        assertEquals(1, a.history().size());
        assertEquals(ActorRole.APPLICANT, a.history().get(0).actorRole());
        assertEquals(List.of("GUARD", "ESCORT"), a.activitySubtypes());
        assertFalse(a.resultAvailable());
    }

    @Test
    void bothChecksMoveItToReviewInEitherOrder() {
        LicenseApplication a = registered();
        a.moveTo(ApplicationStatus.CHECKING, T0, ActorRole.SYSTEM, "E-licensing", null);
        a.confirmPayment(T0);
        assertEquals(ApplicationStatus.CHECKING, a.status());
        a.confirmApplicant(T0);
        assertEquals(ApplicationStatus.IN_REVIEW, a.status());

        LicenseApplication b = registered();
        b.moveTo(ApplicationStatus.CHECKING, T0, ActorRole.SYSTEM, "E-licensing", null);
        b.confirmApplicant(T0);
        b.confirmPayment(T0);
        assertEquals(ApplicationStatus.IN_REVIEW, b.status());
    }

    @Test
    void issuingKeepsTheSignedLicenseAsTheResult() {
        LicenseApplication a = inReview();
        a.issue(new byte[] {9}, T0, "officer1");
        assertEquals(ApplicationStatus.ISSUED, a.status());
        assertEquals("LICENSE", a.resultKind());
        assertTrue(a.resultAvailable());
    }

    @Test
    void aClosedApplicationCannotMoveAgain() {
        LicenseApplication a = inReview();
        a.refuse(ErrorCode.PAYMENT_NOT_FOUND, new byte[] {7}, T0, ActorRole.SYSTEM, "E-licensing", null);
        ElicensingException e = assertThrows(ElicensingException.class, () -> a.issue(new byte[] {9}, T0, "officer1"));
        assertEquals(ErrorCode.OPERATION_NOT_ALLOWED, e.code());
        assertEquals("PAYMENT_NOT_FOUND", a.refusalCode());
    }

    @Test
    void reviewCannotBeSkipped() {
        LicenseApplication a = registered();
        assertThrows(ElicensingException.class, () -> a.issue(new byte[] {9}, T0, "officer1"));
    }

    @Test
    void finalStatesHaveNoNextState() {
        for (ApplicationStatus s : ApplicationStatus.values()) {
            assertEquals(s.isFinal(), s.next().isEmpty(), s.name());
        }
    }

    private static LicenseApplication inReview() {
        LicenseApplication a = registered();
        a.moveTo(ApplicationStatus.CHECKING, T0, ActorRole.SYSTEM, "E-licensing", null);
        a.confirmApplicant(T0);
        a.confirmPayment(T0);
        return a;
    }

    @Test
    void aCheckThatFailedForGoodWaitsForAnOfficerWhoRetriesIt() {
        LicenseApplication a = registered();
        a.moveTo(ApplicationStatus.CHECKING, T0, ActorRole.SYSTEM, "E-licensing", null);
        a.confirmPayment(T0);
        a.checkFailed(T0.plusSeconds(600), "LEGAL_ENTITY_REGISTRY: UPSTREAM_UNAVAILABLE: " + "x".repeat(3000));
        assertEquals(ApplicationStatus.CHECK_FAILED, a.status());
        assertFalse(a.status().isFinal());
        assertEquals(ActorRole.SYSTEM, a.history().get(a.history().size() - 1).actorRole());
        assertTrue(a.history().get(a.history().size() - 1).note().length() <= 1000, "the note fits its column");

        a.checkFailed(T0.plusSeconds(700), "PAYMENT: again");
        assertEquals(3, a.history().size(), "a second failed check adds no step");

        a.retryChecks(T0.plusSeconds(900), "officer1");
        assertEquals(ApplicationStatus.CHECKING, a.status());
        assertEquals(ActorRole.OFFICER, a.history().get(a.history().size() - 1).actorRole());
        a.confirmApplicant(T0.plusSeconds(901));
        assertEquals(ApplicationStatus.IN_REVIEW, a.status());
    }

    @Test
    void aLateAnswerMovesAFailedApplicationOnByItself() {
        LicenseApplication a = registered();
        a.moveTo(ApplicationStatus.CHECKING, T0, ActorRole.SYSTEM, "E-licensing", null);
        a.confirmApplicant(T0);
        a.checkFailed(T0, "PAYMENT: UPSTREAM_UNAVAILABLE");
        a.confirmPayment(T0.plusSeconds(60));
        assertEquals(ApplicationStatus.IN_REVIEW, a.status());
    }

    @Test
    void aFailedCheckCanBeRefusedButNotIssued() {
        LicenseApplication a = registered();
        a.moveTo(ApplicationStatus.CHECKING, T0, ActorRole.SYSTEM, "E-licensing", null);
        a.checkFailed(T0, "PAYMENT: UPSTREAM_UNAVAILABLE");
        assertThrows(ElicensingException.class, () -> a.issue(new byte[] {1}, T0, "officer1"));
        a.refuse(ErrorCode.OPERATION_NOT_ALLOWED, new byte[] {1}, T0, ActorRole.OFFICER, "officer1", "no answer");
        assertEquals(ApplicationStatus.REFUSED, a.status());
    }

    @Test
    void onlyACheckingApplicationFails() {
        LicenseApplication a = registered();
        a.checkFailed(T0, "too early");
        assertEquals(ApplicationStatus.REGISTERED, a.status());
        assertThrows(ElicensingException.class, () -> a.retryChecks(T0, "officer1"));
    }
}

package kz.elicensing.domain.officer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kz.elicensing.domain.application.ApplicationStatus;
import kz.elicensing.domain.application.Channel;
import kz.elicensing.domain.application.LicenseApplication;
import kz.elicensing.domain.application.WalkInForm;
import kz.elicensing.domain.catalog.Operation;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.party.ApplicantKind;
import org.junit.jupiter.api.Test;

/** Who sees an application, and who may give it to whom (issue 6: own provider only; the head assigns). */
class OfficerVisibilityTest {
    static final Instant T0 = Instant.parse("2026-11-23T05:00:00Z");
    static final Officer OFFICER1 = new Officer("officer1", "Әбілқасымова Үміт", "DP_ALMATY", "officer");
    static final Officer OFFICER2 = new Officer("officer2", "Жақсыбекова Гүлнұр", "DP_ALMATY", "officer");
    static final Officer HEAD1 = new Officer("head1", "Нұрғалиев Ерлан", "DP_ALMATY", Officer.HEAD);
    static final Officer AGRI1 = new Officer("agri1", "Оспанов Қуаныш", "AGRI_ALMATY_REGION", "officer");
    static final Officer AGRI_HEAD = new Officer("agrihead", "Head", "AGRI_ALMATY_REGION", Officer.HEAD);

    static LicenseApplication walkIn(String provider) {
        WalkInForm form = new WalkInForm(
                "req-1",
                "SECURITY_ACTIVITY",
                Operation.ISSUE,
                "ru",
                ApplicantKind.LEGAL_ENTITY,
                "150140000012",
                "ТОО «Қорғау-Сервис»",
                "PAY-1",
                new BigDecimal("19660.00"),
                List.of("CHARTER"));
        return LicenseApplication.walkIn(
                "EL-2026-00000001",
                form,
                provider,
                "officer1",
                "m-1",
                T0,
                LocalDate.of(2026, 11, 23),
                LocalDate.of(2026, 12, 14),
                "<WalkInApplication/>".getBytes(),
                List.of());
    }

    @Test
    void anUnassignedApplicationIsSeenByEveryOfficerOfItsProviderOnly() {
        LicenseApplication a = walkIn("DP_ALMATY");
        assertTrue(OFFICER1.maySee(a));
        assertTrue(OFFICER2.maySee(a));
        assertTrue(HEAD1.maySee(a));
        assertFalse(AGRI1.maySee(a), "another provider's officer");
        assertFalse(AGRI_HEAD.maySee(a), "another provider's head");
    }

    @Test
    void anAssignedApplicationIsSeenByItsOfficerAndTheHead() {
        LicenseApplication a = walkIn("DP_ALMATY");
        Assignment.check(HEAD1, OFFICER2, a);
        a.assign("officer2", T0.plusSeconds(60), "head1");
        assertEquals("officer2", a.assignedOfficer());
        assertTrue(OFFICER2.maySee(a));
        assertTrue(HEAD1.maySee(a));
        assertFalse(OFFICER1.maySee(a), "assigned to a colleague");
        assertEquals(
                "assigned: - -> officer2",
                a.history().get(a.history().size() - 1).note());
        assertEquals("head1", a.history().get(a.history().size() - 1).actor());

        a.assign("officer1", T0.plusSeconds(120), "head1");
        assertTrue(OFFICER1.maySee(a));
        assertFalse(OFFICER2.maySee(a));
        assertEquals(
                "assigned: officer2 -> officer1",
                a.history().get(a.history().size() - 1).note());
        a.assign(null, T0.plusSeconds(180), "head1");
        assertTrue(OFFICER2.maySee(a), "back to the unassigned ones");
    }

    @Test
    void onlyTheHeadAssignsAndOnlyWithinTheProvider() {
        LicenseApplication a = walkIn("DP_ALMATY");
        assertEquals(
                ErrorCode.OFFICER_NOT_ALLOWED,
                assertThrows(ElicensingException.class, () -> Assignment.check(OFFICER1, OFFICER2, a))
                        .code());
        assertEquals(
                ErrorCode.OFFICER_NOT_ALLOWED,
                assertThrows(ElicensingException.class, () -> Assignment.check(HEAD1, AGRI1, a))
                        .code());
        assertEquals(
                ErrorCode.APPLICATION_NOT_FOUND,
                assertThrows(ElicensingException.class, () -> Assignment.check(AGRI_HEAD, AGRI1, a))
                        .code());
        Assignment.check(HEAD1, null, a);
    }

    @Test
    void aClosedApplicationIsNotReassigned() {
        LicenseApplication a = walkIn("DP_ALMATY");
        a.moveTo(ApplicationStatus.REFUSED, T0, kz.elicensing.domain.application.ActorRole.OFFICER, "officer1", "x");
        assertEquals(
                ErrorCode.OPERATION_NOT_ALLOWED,
                assertThrows(ElicensingException.class, () -> a.assign("officer2", T0, "head1"))
                        .code());
    }

    @Test
    void aWalkInApplicationIsChannelOfficerUnsignedAndItsApplicantConfirmed() {
        LicenseApplication a = walkIn("DP_ALMATY");
        assertEquals(Channel.OFFICER, a.channel());
        assertEquals(null, a.signerIin());
        assertTrue(a.applicantConfirmed());
        assertEquals(List.of("CHARTER"), a.paperDocuments());
        assertEquals(
                kz.elicensing.domain.application.ActorRole.OFFICER,
                a.history().get(0).actorRole());
        assertEquals("officer1", a.history().get(0).actor());
    }
}

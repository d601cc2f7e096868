package kz.elicensing.application.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import kz.elicensing.domain.application.InMemoryApplications;
import kz.elicensing.domain.application.LicenseApplication;
import kz.elicensing.domain.workflow.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

/** What the case page offers in each state (the decision use cases check the same again when the officer acts). */
class CaseActionsTest {
    static final Instant T0 = Instant.parse("2026-11-23T05:00:00Z");
    final InMemoryApplications applications = new InMemoryApplications(T0);

    @Test
    void inReviewTheOfficerApprovesOrRefuses() {
        LicenseApplication a = applications.checking("EL-2026-00000001");
        a.confirmApplicant(T0);
        a.confirmPayment(T0);
        assertEquals(
                new CaseFile.Actions(true, false, true, false, false, false),
                DefaultOfficerCases.actions(a, null, Optional.empty()));
    }

    @Test
    void aFailedCheckIsRetriedOrRefusedNeverApproved() {
        LicenseApplication a = applications.checking("EL-2026-00000002");
        a.checkFailed(T0, "LEGAL_ENTITY_REGISTRY: timeout");
        assertEquals(
                new CaseFile.Actions(false, false, true, true, false, false),
                DefaultOfficerCases.actions(a, null, Optional.empty()));
    }

    @Test
    void whileCheckingOrOnceDecidedNothingIsOffered() {
        LicenseApplication a = applications.checking("EL-2026-00000003");
        assertFalse(DefaultOfficerCases.actions(a, null, Optional.empty()).any());
        a.confirmApplicant(T0);
        a.confirmPayment(T0);
        a.issue(new byte[] {1}, T0, "officer1");
        assertFalse(DefaultOfficerCases.actions(a, null, Optional.empty()).any(), "no second decision offered");
    }

    @Test
    void theWorkingDaysLeftAreCountedOnTheCalendarAndUnknownOutsideItsYears() {
        WorkingDayCalendar none = new WorkingDayCalendar(java.util.List.of());
        assertNull(DefaultOfficerCases.daysLeft(none, LocalDate.of(2026, 11, 23), LocalDate.of(2026, 12, 14)));
        assertNull(DefaultOfficerCases.daysLeft(none, LocalDate.of(2026, 11, 23), null));
    }
}

package kz.elicensing.domain.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import org.junit.jupiter.api.Test;

/** Service 8's procedure (Reg. 003 §5): six steps, each with its own term from the end of the step before. */
class ProcedureTest {
    /** The steps of V17__service_steps.sql. */
    static final Procedure TRAINING_CENTER = new Procedure(List.of(
            step(1, "REGISTRATION", Term.calendarDays(1), false),
            step(2, "COMPLETENESS_CHECK", Term.workingDays(2), true),
            step(3, "COMPLIANCE_CHECK", Term.calendarDays(3), true),
            step(4, "DRAFT_ORDER", Term.calendarDays(11), false),
            step(5, "APPROVAL", Term.calendarDays(4), false),
            step(6, "DELIVERY", Term.calendarDays(1), false)));

    private final DeadlinePolicy policy = new DeadlinePolicy(
            SeededCalendar.of2026And2027(), Clock.fixed(Instant.parse("2026-12-11T04:00:00Z"), ZoneOffset.UTC));

    private static ProcedureStep step(int ord, String code, Term term, boolean refusable) {
        return new ProcedureStep(ord, code, code, code, "unit", "бөлініс", term, refusable);
    }

    @Test
    void theOfficersStartAtTheCompletenessCheckWithRegistrationAndTwoWorkingDaysOverAHoliday() {
        // registered Friday 11 Dec 2026: one calendar day ends Saturday, so Monday 14; then two working days:
        // Tuesday 15, (Wednesday 16 is Independence Day), Thursday 17
        assertEquals("COMPLETENESS_CHECK", TRAINING_CENTER.firstOfficerStep().code());
        assertEquals(LocalDate.of(2026, 12, 17), TRAINING_CENTER.firstDeadline(LocalDate.of(2026, 12, 11), policy));
    }

    @Test
    void aCalendarDayTermEndingOnADayOffEndsOnTheNextWorkingDay() {
        ProcedureStep compliance = TRAINING_CENTER.next("COMPLETENESS_CHECK");
        assertEquals("COMPLIANCE_CHECK", compliance.code());
        // completeness done Thursday 17 Dec: three calendar days end Sunday 20, so Monday 21
        assertEquals(
                LocalDate.of(2026, 12, 21), TRAINING_CENTER.deadline(compliance, LocalDate.of(2026, 12, 17), policy));
    }

    @Test
    void theStepsFollowInOrderAndTheLastIssuesTheResult() {
        String code = TRAINING_CENTER.firstOfficerStep().code();
        StringBuilder walked = new StringBuilder(code);
        while (!TRAINING_CENTER.isLast(code)) {
            code = TRAINING_CENTER.next(code).code();
            walked.append(' ').append(code);
        }
        assertEquals("COMPLETENESS_CHECK COMPLIANCE_CHECK DRAFT_ORDER APPROVAL DELIVERY", walked.toString());
        ElicensingException e = assertThrows(ElicensingException.class, () -> TRAINING_CENTER.next("DELIVERY"));
        assertEquals(ErrorCode.OPERATION_NOT_ALLOWED, e.code());
    }

    @Test
    void onlyTheTwoChecksMayEndInARefusal() {
        assertTrue(TRAINING_CENTER.step("COMPLETENESS_CHECK").refusable());
        assertTrue(TRAINING_CENTER.step("COMPLIANCE_CHECK").refusable());
        assertFalse(TRAINING_CENTER.step("DRAFT_ORDER").refusable());
        assertFalse(TRAINING_CENTER.step("DELIVERY").refusable());
    }

    @Test
    void theOuterDeadlineIsEveryStepAtItsFullTerm() {
        LocalDate outer = TRAINING_CENTER.outerDeadline(LocalDate.of(2026, 11, 2), policy);
        // Mon 2 Nov: +1 cal Tue 3; +2 wd Thu 5; +3 cal Sun 8 -> Mon 9; +11 cal Fri 20; +4 cal Tue 24; +1 cal Wed 25
        assertEquals(LocalDate.of(2026, 11, 25), outer);
        assertThrows(
                IllegalArgumentException.class,
                () -> new Procedure(List.of(step(1, "ONLY", Term.calendarDays(1), false))));
    }
}

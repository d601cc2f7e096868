package kz.elicensing.domain.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The timer's marks, counted in working days over holidays and year ends. */
class DeadlineMarkTest {
    private final WorkingDayCalendar calendar = SeededCalendar.of2026And2027();

    @Test
    void aDeadlineAfterTheIndependenceDayHolidayIsStillTwoWorkingDaysAway() {
        // Monday 14 Dec 2026 -> deadline Thursday 17: Tuesday 15 and Thursday 17 (Wednesday 16 is a holiday)
        assertEquals(
                DeadlineMark.NEARING,
                DeadlineMark.of(LocalDate.of(2026, 12, 17), LocalDate.of(2026, 12, 14), calendar, 2));
        assertEquals(
                DeadlineMark.ON_TRACK,
                DeadlineMark.of(LocalDate.of(2026, 12, 17), LocalDate.of(2026, 12, 14), calendar, 1));
    }

    @Test
    void theNewYearHolidaysDoNotCountAsWorkingDays() {
        // seen on 30 Dec 2026; the deadline 5 Jan 2027 lies behind New Year (1-2 Jan) and a weekend
        assertEquals(
                DeadlineMark.NEARING,
                DeadlineMark.of(LocalDate.of(2027, 1, 5), LocalDate.of(2026, 12, 30), calendar, 3));
    }

    @Test
    void theDeadlineDayItselfIsNearingAndTheDayAfterOverdue() {
        LocalDate deadline = LocalDate.of(2026, 11, 25);
        assertEquals(DeadlineMark.NEARING, DeadlineMark.of(deadline, deadline, calendar, 0));
        assertEquals(DeadlineMark.OVERDUE, DeadlineMark.of(deadline, deadline.plusDays(1), calendar, 2));
        assertEquals(DeadlineMark.ON_TRACK, DeadlineMark.of(deadline, LocalDate.of(2026, 11, 16), calendar, 2));
    }
}

package kz.elicensing.domain.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DeadlinePolicyTest {
    private final WorkingDayCalendar calendar = new WorkingDayCalendar();
    private final DeadlinePolicy policy = new DeadlinePolicy(calendar, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));

    @Test
    void fifteenWorkingDaysFromAMondaySkipThreeWeekends() {
        // Monday 2026-11-23 + 15 working days = Monday 2026-12-14
        assertEquals(LocalDate.of(2026, 12, 14), calendar.addWorkingDays(LocalDate.of(2026, 11, 23), 15));
    }

    @Test
    void fromAFridayTheTermStartsOnMonday() {
        assertEquals(LocalDate.of(2026, 11, 30), calendar.addWorkingDays(LocalDate.of(2026, 11, 27), 1));
    }

    @Test
    void anApplicationReceivedOnSaturdayIsRegisteredOnMonday() {
        Instant saturdayNoonAlmaty = Instant.parse("2026-11-28T07:00:00Z");
        assertEquals(LocalDate.of(2026, 11, 30), policy.registrationDay(saturdayNoonAlmaty));
        assertEquals(LocalDate.of(2026, 12, 21), policy.deadline(saturdayNoonAlmaty, 15));
    }

    @Test
    void theDayIsCountedInAlmatyTime() {
        // 20:30 UTC on Friday is already 01:30 on Saturday in Almaty (UTC+5): registered on Monday.
        Instant fridayEveningUtc = Instant.parse("2026-11-27T20:30:00Z");
        assertEquals(LocalDate.of(2026, 11, 30), policy.registrationDay(fridayEveningUtc));
    }

    @Test
    void acrossAMonthEnd() {
        // Monday 2027-01-25 + 15 working days = Monday 2027-02-15 (no public holiday in the way)
        assertEquals(LocalDate.of(2027, 2, 15), calendar.addWorkingDays(LocalDate.of(2027, 1, 25), 15));
    }

    @Test
    void zeroDaysIsTheSameDay() {
        assertEquals(LocalDate.of(2026, 11, 23), calendar.addWorkingDays(LocalDate.of(2026, 11, 23), 0));
    }
}

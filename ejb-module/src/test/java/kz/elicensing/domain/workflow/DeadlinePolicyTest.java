package kz.elicensing.domain.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Registration day (the 18:00 rule, days off, Almaty time) and deadlines in working and calendar days. */
class DeadlinePolicyTest {
    private static final Instant NOW = Instant.parse("2026-11-23T04:00:00Z");
    private final WorkingDayCalendar calendar = SeededCalendar.of2026And2027();
    private final DeadlinePolicy policy = new DeadlinePolicy(calendar, Clock.fixed(NOW, ZoneOffset.UTC));

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    /** An instant given as Almaty wall-clock time (UTC+5). */
    private static Instant almaty(String localDateTime) {
        return Instant.parse(localDateTime + "+05:00");
    }

    @Test
    void theClockIsTheOneGiven() {
        assertEquals(NOW, policy.now());
    }

    @Test
    void todayIsAlmatysDateWhateverTheClocksZone() {
        // 21:00 UTC on Friday 4 December is 02:00 on Saturday 5 December in Almaty (UTC+5)
        Instant evening = Instant.parse("2026-12-04T21:00:00Z");
        assertEquals(d(2026, 12, 5), DeadlinePolicy.today(Clock.fixed(evening, ZoneOffset.UTC)));
        assertEquals(d(2026, 12, 5), new DeadlinePolicy(calendar, Clock.fixed(evening, ZoneOffset.UTC)).today());
        assertEquals(
                d(2026, 12, 5), DeadlinePolicy.today(Clock.fixed(evening, java.time.ZoneId.of("America/New_York"))));
        // 18:59:59 UTC is still the same day in Almaty, 19:00 UTC its midnight
        assertEquals(d(2026, 12, 4), DeadlinePolicy.day(Instant.parse("2026-12-04T18:59:59Z")));
        assertEquals(d(2026, 12, 5), DeadlinePolicy.day(Instant.parse("2026-12-04T19:00:00Z")));
    }

    @Test
    void theCutOffIs18InclusiveOnAWorkingDay() {
        // Tuesday 24 November 2026
        assertEquals(d(2026, 11, 24), policy.registrationDay(almaty("2026-11-24T17:59:59")));
        assertEquals(d(2026, 11, 24), policy.registrationDay(almaty("2026-11-24T18:00:00")));
        assertEquals(d(2026, 11, 25), policy.registrationDay(almaty("2026-11-24T18:00:01")));
        assertEquals(d(2026, 11, 25), policy.registrationDay(almaty("2026-11-24T18:00:00.001")));
    }

    @Test
    void fridayEveningIsRegisteredOnMonday() {
        assertEquals(d(2026, 11, 30), policy.registrationDay(almaty("2026-11-27T19:00:00")));
    }

    @Test
    void anApplicationReceivedOnSaturdayIsRegisteredOnMonday() {
        Instant saturdayNoonAlmaty = Instant.parse("2026-11-28T07:00:00Z");
        assertEquals(d(2026, 11, 30), policy.registrationDay(saturdayNoonAlmaty));
        // 15 working days from Monday 30 November skip Independence Day, Wednesday 16 December
        assertEquals(d(2026, 12, 22), policy.deadline(saturdayNoonAlmaty, 15));
    }

    @Test
    void onAHolidayInTheMorningTheNextWorkingDay() {
        // Independence Day, Wednesday 16 December 2026, 09:00
        assertEquals(d(2026, 12, 17), policy.registrationDay(almaty("2026-12-16T09:00:00")));
        // Nauryz: Monday 23 March 2026 at 10:00 -> Thursday 26 March (24, 25 carried days off)
        assertEquals(d(2026, 3, 26), policy.registrationDay(almaty("2026-03-23T10:00:00")));
    }

    @Test
    void theDayIsCountedInAlmatyTime() {
        // 19:30 UTC on Tuesday 15 December is 00:30 on Wednesday 16 December (a holiday) in Almaty
        assertEquals(d(2026, 12, 17), policy.registrationDay(Instant.parse("2026-12-15T19:30:00Z")));
        // 12:59 UTC on Tuesday is 17:59 in Almaty: still that day; 13:01 UTC is 18:01: the next
        assertEquals(d(2026, 11, 24), policy.registrationDay(Instant.parse("2026-11-24T12:59:00Z")));
        assertEquals(d(2026, 11, 25), policy.registrationDay(Instant.parse("2026-11-24T13:01:00Z")));
        // 20:30 UTC on Friday is 01:30 on Saturday in Almaty: registered on Monday
        assertEquals(d(2026, 11, 30), policy.registrationDay(Instant.parse("2026-11-27T20:30:00Z")));
    }

    @Test
    void aProviderMayHaveAnotherCutOffAndZone() {
        RegistrationCutoff fivePmUtcPlus6 = new RegistrationCutoff(LocalTime.of(17, 0), ZoneOffset.ofHours(6));
        // 11:30 UTC = 17:30 at UTC+6 (after 17:00) but 16:30 in Almaty (before 18:00)
        Instant received = Instant.parse("2026-11-24T11:30:00Z");
        assertEquals(d(2026, 11, 25), policy.registrationDay(received, fivePmUtcPlus6));
        assertEquals(d(2026, 11, 24), policy.registrationDay(received, RegistrationCutoff.DEFAULT));
    }

    @Test
    void fifteenWorkingDaysAcrossNauryz() {
        // registered Monday 16 March 2026; 21-25 March are off: the 15th working day is Thursday 9 April (not 6 April)
        Deadline deadline =
                policy.deadline(almaty("2026-03-16T11:00:00"), RegistrationCutoff.DEFAULT, Term.workingDays(15));
        assertEquals(new Deadline(d(2026, 3, 16), d(2026, 4, 9)), deadline);
    }

    @Test
    void acrossTheYearEnd() {
        // received Thursday 31 December 2026 at 10:00: registered that day; 15 working days -> Tuesday 26 January 2027
        assertEquals(
                new Deadline(d(2026, 12, 31), d(2027, 1, 26)),
                policy.deadline(almaty("2026-12-31T10:00:00"), RegistrationCutoff.DEFAULT, Term.workingDays(15)));
        // received at 18:30: registered after the New Year holidays and 2 January's carried day off, Tuesday 5 January
        assertEquals(d(2027, 1, 5), policy.registrationDay(almaty("2026-12-31T18:30:00")));
    }

    @Test
    void aCalendarDayTermEndingOnADayOffEndsOnTheNextWorkingDay() {
        // from Friday 13 March 2026: 11 calendar days is Tuesday 24 March (carried Nauryz day off) -> Thursday 26 March
        assertEquals(d(2026, 3, 26), policy.lastDay(d(2026, 3, 13), Term.calendarDays(11)));
        // 8 calendar days is Saturday 21 March (Nauryz) -> Thursday 26 March
        assertEquals(d(2026, 3, 26), policy.lastDay(d(2026, 3, 13), Term.calendarDays(8)));
        // 4 calendar days is Tuesday 17 March, a working day: stays
        assertEquals(d(2026, 3, 17), policy.lastDay(d(2026, 3, 13), Term.calendarDays(4)));
    }

    @Test
    void serviceEightChainsWorkingAndCalendarDaySteps() {
        // Reg. 003 §5: 1 calendar day, 2 working days, 3, 11, 4 and 1 calendar days, each from the end of the one
        // before.
        // From Monday 2 March 2026: 3 Mar, 5 Mar, 8 Mar (Sun, holiday; 9 Mar carried) -> 10 Mar, 21 Mar (Nauryz) -> 26
        // Mar,
        // 30 Mar, 31 Mar.
        List<Term> steps = List.of(
                Term.calendarDays(1),
                Term.workingDays(2),
                Term.calendarDays(3),
                Term.calendarDays(11),
                Term.calendarDays(4),
                Term.calendarDays(1));
        assertEquals(d(2026, 3, 31), policy.lastDay(d(2026, 3, 2), steps));
    }

    @Test
    void aDeadlineIntoAYearWithoutCalendarIsRefused() {
        assertThrows(
                CalendarNotLoadedException.class,
                () -> policy.deadline(almaty("2027-12-20T10:00:00"), RegistrationCutoff.DEFAULT, Term.workingDays(15)));
        assertThrows(CalendarNotLoadedException.class, () -> policy.registrationDay(almaty("2028-01-03T10:00:00")));
    }

    @Test
    void zeroDaysIsTheRegistrationDay() {
        assertEquals(d(2026, 11, 23), calendar.addWorkingDays(d(2026, 11, 23), 0));
        assertEquals(d(2026, 11, 23), policy.lastDay(d(2026, 11, 23), Term.calendarDays(0)));
    }

    @Test
    void aNegativeTermIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Term.workingDays(-1));
        assertThrows(IllegalArgumentException.class, () -> calendar.addWorkingDays(d(2026, 11, 23), -1));
    }
}

package kz.elicensing.domain.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.error.Messages;
import org.junit.jupiter.api.Test;

/** Working days from the loaded calendars of 2026 and 2027: weekends, holidays, transfers, moves, and refusal outside. */
class WorkingDayCalendarTest {
    private final WorkingDayCalendar calendar = SeededCalendar.of2026And2027();

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void yearEndRunsIntoTheNewYearHolidaysAndTheirTransfer() {
        // Thu 31 Dec 2026; 1 Jan Fri, 2 Jan Sat (holidays), 3 Jan Sun, 4 Jan Mon (2 January's day off carried)
        assertTrue(calendar.isWorkingDay(d(2026, 12, 31)));
        assertFalse(calendar.isWorkingDay(d(2027, 1, 1)));
        assertFalse(calendar.isWorkingDay(d(2027, 1, 2)));
        assertFalse(calendar.isWorkingDay(d(2027, 1, 4)));
        assertEquals(d(2027, 1, 5), calendar.nextWorkingDay(d(2026, 12, 31)));
        assertEquals(d(2027, 1, 26), calendar.addWorkingDays(d(2026, 12, 31), 15));
    }

    @Test
    void nauryz2026WithItsTransfersIsFiveDaysOff() {
        // Fri 20 March works; Sat 21 - Wed 25 March are off (21-23 Nauryz, 24 and 25 carried from the weekend); Thu 26
        // works
        assertTrue(calendar.isWorkingDay(d(2026, 3, 20)));
        d(2026, 3, 21)
                .datesUntil(d(2026, 3, 26))
                .forEach(day -> assertFalse(calendar.isWorkingDay(day), day::toString));
        assertTrue(calendar.isWorkingDay(d(2026, 3, 26)));
        assertEquals(d(2026, 3, 26), calendar.nextWorkingDay(d(2026, 3, 20)));
        assertEquals(1, calendar.workingDaysBetween(d(2026, 3, 20), d(2026, 3, 26)));
    }

    @Test
    void mayHolidays2026() {
        // 1 May Fri, 7 May Thu, 9 May Sat -> carried to Mon 11 May
        assertFalse(calendar.isWorkingDay(d(2026, 5, 1)));
        assertTrue(calendar.isWorkingDay(d(2026, 5, 4)));
        assertFalse(calendar.isWorkingDay(d(2026, 5, 7)));
        assertTrue(calendar.isWorkingDay(d(2026, 5, 8)));
        assertFalse(calendar.isWorkingDay(d(2026, 5, 11)));
        assertTrue(calendar.isWorkingDay(d(2026, 5, 12)));
        // Mon 27 April + 15 working days skips 1, 7 and 11 May
        assertEquals(d(2026, 5, 21), calendar.addWorkingDays(d(2026, 4, 27), 15));
    }

    @Test
    void aHolidayOnAWeekendMovesItsDayOffToTheNextWorkingDay() {
        // 8 March 2026 is a Sunday: Monday 9 March is off
        assertEquals(
                CalendarDayKind.TRANSFERRED_DAY_OFF,
                calendar.day(d(2026, 3, 9)).orElseThrow().kind());
        assertFalse(calendar.isWorkingDay(d(2026, 3, 9)));
        assertEquals(d(2026, 3, 10), calendar.nextWorkingDay(d(2026, 3, 6)));
    }

    @Test
    void aReligiousHolidayOnAWeekendMovesNothing() {
        // Kurban Ait 2027 is Sunday 16 May: Monday 17 May works
        assertEquals(
                CalendarDayKind.HOLIDAY,
                calendar.day(d(2027, 5, 16)).orElseThrow().kind());
        assertTrue(calendar.isWorkingDay(d(2027, 5, 17)));
        assertEquals(d(2027, 5, 17), calendar.nextWorkingDay(d(2027, 5, 14)));
    }

    @Test
    void workingDaysBetweenIsTheInverseOfAdding() {
        LocalDate start = d(2026, 3, 16);
        for (int n = 0; n <= 40; n++) {
            assertEquals(n, calendar.workingDaysBetween(start, calendar.addWorkingDays(start, n)), "n=" + n);
        }
        assertEquals(-15, calendar.workingDaysBetween(d(2026, 4, 9), start));
        assertEquals(0, calendar.workingDaysBetween(d(2026, 3, 21), d(2026, 3, 25)));
    }

    @Test
    void aYearThatIsNotLoadedIsRefusedNotGuessed() {
        CalendarNotLoadedException e =
                assertThrows(CalendarNotLoadedException.class, () -> calendar.isWorkingDay(d(2028, 1, 3)));
        assertEquals(Year.of(2028), e.year());
        assertEquals(ErrorCode.CALENDAR_NOT_LOADED, e.code());
        assertTrue(Messages.ru(e.code().messageKey(), e.arguments()).contains("2028"));
        assertTrue(Messages.kk(e.code().messageKey(), e.arguments()).contains("2028"));
        // 20 Dec 2027 + 15 working days would end in January 2028
        assertThrows(CalendarNotLoadedException.class, () -> calendar.addWorkingDays(d(2027, 12, 20), 15));
        assertThrows(CalendarNotLoadedException.class, () -> calendar.nextWorkingDay(d(2025, 12, 30)));
        assertThrows(
                CalendarNotLoadedException.class, () -> calendar.workingDaysBetween(d(2027, 12, 1), d(2028, 1, 10)));
        // inside the loaded years the same calendar answers
        assertEquals(d(2027, 12, 10), calendar.addWorkingDays(d(2027, 11, 19), 15));
    }

    @Test
    void governmentMovesSwapASaturdayAndAWeekday() {
        // an invented decree for 2027: Saturday 9 January works, Friday 8 January is off
        List<CalendarDay> rows = new ArrayList<>(StatutoryCalendar.rows(Year.of(2027), SeededCalendar.KURBAN_AIT_2027));
        rows.add(new CalendarDay(d(2027, 1, 8), CalendarDayKind.MOVED_DAY_OFF, "перенос", "ауыстыру"));
        rows.add(new CalendarDay(d(2027, 1, 9), CalendarDayKind.MOVED_WORKING_DAY, "перенос", "ауыстыру"));
        WorkingDayCalendar moved = WorkingDayCalendar.of(List.of(Year.of(2027)), rows);
        assertFalse(moved.isWorkingDay(d(2027, 1, 8)));
        assertTrue(moved.isWorkingDay(d(2027, 1, 9)));
        assertEquals(d(2027, 1, 9), moved.nextWorkingDay(d(2027, 1, 7)));
        assertEquals(d(2027, 1, 11), moved.addWorkingDays(d(2027, 1, 6), 2));
    }

    @Test
    void rowsThatCannotBeAreRefused() {
        Year y = Year.of(2027);
        assertThrows(
                IllegalArgumentException.class,
                () -> new CalendarYear(
                        y, List.of(new CalendarDay(d(2027, 1, 8), CalendarDayKind.MOVED_WORKING_DAY, "", ""))));
        assertThrows(
                IllegalArgumentException.class,
                () -> new CalendarYear(
                        y, List.of(new CalendarDay(d(2027, 1, 9), CalendarDayKind.MOVED_DAY_OFF, "", ""))));
        assertThrows(
                IllegalArgumentException.class,
                () -> new CalendarYear(y, List.of(new CalendarDay(d(2026, 12, 31), CalendarDayKind.HOLIDAY, "", ""))));
        assertThrows(
                IllegalArgumentException.class,
                () -> new CalendarYear(
                        y,
                        List.of(
                                new CalendarDay(d(2027, 1, 8), CalendarDayKind.HOLIDAY, "", ""),
                                new CalendarDay(d(2027, 1, 8), CalendarDayKind.MOVED_DAY_OFF, "", ""))));
        assertThrows(
                IllegalArgumentException.class,
                () -> WorkingDayCalendar.of(
                        List.of(y),
                        List.of(new CalendarDay(d(2028, 1, 3), CalendarDayKind.TRANSFERRED_DAY_OFF, "", ""))));
    }
}

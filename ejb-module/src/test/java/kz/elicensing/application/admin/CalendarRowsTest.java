package kz.elicensing.application.admin;

import static kz.elicensing.application.admin.OfficerAdministrationTest.assertCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.workflow.CalendarDay;
import kz.elicensing.domain.workflow.CalendarDayKind;
import kz.elicensing.domain.workflow.CalendarYear;
import kz.elicensing.domain.workflow.StatutoryCalendar;
import org.junit.jupiter.api.Test;

/** Entered rows and moves of days off: accepted, or refused with their codes. */
class CalendarRowsTest {
    private static final Year Y2026 = Year.of(2026);
    private final CalendarYear year2026 = StatutoryCalendar.year(Y2026, LocalDate.of(2026, 5, 27));

    @Test
    void rowsAreReadInBothDateFormats() {
        List<CalendarDay> rows = CalendarRows.parse("""
                # the decree
                2026-01-03;MOVED_WORKING_DAY;Рабочая суббота;Жұмыс сенбісі
                05.01.2026\tmoved_day_off\tВыходной;Демалыс
                """);
        assertEquals(2, rows.size());
        assertEquals(LocalDate.of(2026, 1, 5), rows.get(1).date());
        assertEquals(CalendarDayKind.MOVED_DAY_OFF, rows.get(1).kind());
        assertEquals("Демалыс", rows.get(1).nameKz());
    }

    @Test
    void malformedRowsAreRefused() {
        assertCode(ErrorCode.CALENDAR_DAY_INVALID, () -> CalendarRows.parse("2026-13-01;HOLIDAY;А;Ә"));
        assertCode(ErrorCode.CALENDAR_DAY_INVALID, () -> CalendarRows.parse("2026-01-05;DAY_OFF;А;Ә"));
        assertCode(ErrorCode.CALENDAR_DAY_INVALID, () -> CalendarRows.parse("2026-01-05;MOVED_DAY_OFF;А"));
        assertCode(ErrorCode.CALENDAR_DAY_INVALID, () -> CalendarRows.parse("2026-01-05"));
        // a moved day off on a Saturday, a row of another year
        assertCode(
                ErrorCode.CALENDAR_DAY_INVALID,
                () -> CalendarRows.year(Y2026, CalendarRows.parse("2026-01-03;MOVED_DAY_OFF;А;Ә")));
        assertCode(
                ErrorCode.CALENDAR_DAY_INVALID,
                () -> CalendarRows.year(Y2026, CalendarRows.parse("2027-01-04;MOVED_DAY_OFF;А;Ә")));
    }

    @Test
    void aDateListedTwiceIsRefused() {
        List<CalendarDay> rows = new ArrayList<>(year2026.days());
        rows.addAll(CalendarRows.parse("2026-01-01;HOLIDAY;Ещё;Тағы"));
        assertCode(ErrorCode.CALENDAR_DAY_DUPLICATE, () -> CalendarRows.year(Y2026, rows));
    }

    @Test
    void aCarriedDayOffMovesToAFreeWeekday() {
        // 8 March 2026 is a Sunday: its day off is carried to Monday 9 March; moved to Friday 6 March
        CalendarRows.Move move =
                CalendarRows.move(year2026, LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 6), null, null);
        assertEquals(List.of(LocalDate.of(2026, 3, 9)), move.removed());
        assertEquals(CalendarDayKind.TRANSFERRED_DAY_OFF, move.added().get(0).kind());
        assertEquals(LocalDate.of(2026, 3, 6), move.added().get(0).date());
    }

    @Test
    void aSaturdayBecomesAWorkingDayAndAWeekdayADayOff() {
        CalendarRows.Move move =
                CalendarRows.move(year2026, LocalDate.of(2026, 1, 3), LocalDate.of(2026, 1, 5), null, null);
        assertTrue(move.removed().isEmpty());
        assertEquals(CalendarDayKind.MOVED_WORKING_DAY, move.added().get(0).kind());
        assertEquals(CalendarDayKind.MOVED_DAY_OFF, move.added().get(1).kind());
        assertTrue(
                move.added().get(1).nameRu().contains("03.01.2026"),
                move.added().get(1).nameRu());
        assertFalse(move.added().get(1).nameKz().isBlank());
    }

    @Test
    void movesThatCannotBeAreRefused() {
        // a public holiday itself does not move
        assertCode(
                ErrorCode.CALENDAR_MOVE_NOT_ALLOWED,
                () -> CalendarRows.move(year2026, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 5), null, null));
        // an ordinary working weekday has no day off to move
        assertCode(
                ErrorCode.CALENDAR_MOVE_NOT_ALLOWED,
                () -> CalendarRows.move(year2026, LocalDate.of(2026, 1, 6), LocalDate.of(2026, 1, 8), null, null));
        // onto a weekend, onto a listed day
        assertCode(
                ErrorCode.CALENDAR_MOVE_NOT_ALLOWED,
                () -> CalendarRows.move(year2026, LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 14), null, null));
        assertCode(
                ErrorCode.CALENDAR_MOVE_NOT_ALLOWED,
                () -> CalendarRows.move(year2026, LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 24), null, null));
        // into another year
        assertCode(
                ErrorCode.CALENDAR_DAY_INVALID,
                () -> CalendarRows.move(year2026, LocalDate.of(2026, 3, 9), LocalDate.of(2027, 3, 9), null, null));
    }
}

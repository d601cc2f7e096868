package kz.elicensing.domain.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generator of the statutory calendar: fixed holidays, Kurban Ait as given, and the transfer rule. */
class StatutoryCalendarTest {

    private static List<LocalDate> dates(Year year, LocalDate kurbanAit, CalendarDayKind kind) {
        return StatutoryCalendar.rows(year, kurbanAit).stream()
                .filter(d -> d.kind() == kind)
                .map(CalendarDay::date)
                .toList();
    }

    @Test
    void theHolidaysOf2026() {
        List<LocalDate> expected = List.of(
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 2),
                LocalDate.of(2026, 1, 7),
                LocalDate.of(2026, 3, 8),
                LocalDate.of(2026, 3, 21),
                LocalDate.of(2026, 3, 22),
                LocalDate.of(2026, 3, 23),
                LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 5, 7),
                LocalDate.of(2026, 5, 9),
                LocalDate.of(2026, 5, 27),
                LocalDate.of(2026, 7, 6),
                LocalDate.of(2026, 8, 30),
                LocalDate.of(2026, 10, 25),
                LocalDate.of(2026, 12, 16));
        assertEquals(expected, dates(Year.of(2026), SeededCalendar.KURBAN_AIT_2026, CalendarDayKind.HOLIDAY));
    }

    @Test
    void theTransfersOf2026() {
        // 8 March Sun -> 9 March; 21/22 March Sat/Sun (23 March is Nauryz too) -> 24 and 25 March; 9 May Sat -> 11 May;
        // 30 August Sun -> 31 August; 25 October Sun -> 26 October
        List<LocalDate> expected = List.of(
                LocalDate.of(2026, 3, 9),
                LocalDate.of(2026, 3, 24),
                LocalDate.of(2026, 3, 25),
                LocalDate.of(2026, 5, 11),
                LocalDate.of(2026, 8, 31),
                LocalDate.of(2026, 10, 26));
        assertEquals(
                expected, dates(Year.of(2026), SeededCalendar.KURBAN_AIT_2026, CalendarDayKind.TRANSFERRED_DAY_OFF));
    }

    @Test
    void theTransfersOf2027KurbanAitOnSundayCarriesNothing() {
        // 2 January Sat -> 4 January; 21 March Sun -> 24 March; 1 May Sat -> 3 May; 9 May Sun -> 10 May; 16 May (Kurban
        // Ait) Sun -> none
        assertEquals(DayOfWeek.SUNDAY, SeededCalendar.KURBAN_AIT_2027.getDayOfWeek());
        List<LocalDate> expected = List.of(
                LocalDate.of(2027, 1, 4),
                LocalDate.of(2027, 3, 24),
                LocalDate.of(2027, 5, 3),
                LocalDate.of(2027, 5, 10));
        assertEquals(
                expected, dates(Year.of(2027), SeededCalendar.KURBAN_AIT_2027, CalendarDayKind.TRANSFERRED_DAY_OFF));
    }

    @Test
    void orthodoxChristmasOnASundayCarriesNothing() {
        // 2029: 7 January is a Sunday; 8 January stays a working day
        CalendarYear y2029 = StatutoryCalendar.year(Year.of(2029), LocalDate.of(2029, 4, 24));
        assertEquals(DayOfWeek.SUNDAY, LocalDate.of(2029, 1, 7).getDayOfWeek());
        assertEquals(
                CalendarDayKind.HOLIDAY,
                y2029.day(LocalDate.of(2029, 1, 7)).orElseThrow().kind());
        assertTrue(y2029.isWorkingDay(LocalDate.of(2029, 1, 8)));
        assertTrue(y2029.day(LocalDate.of(2029, 1, 8)).isEmpty());
    }

    @Test
    void newYearOnAWeekendCarriesBothDaysPastTheHolidays() {
        // 2028: 1 and 2 January are Saturday and Sunday -> 3 and 4 January
        assertEquals(
                List.of(
                        LocalDate.of(2028, 1, 3),
                        LocalDate.of(2028, 1, 4),
                        LocalDate.of(2028, 5, 8),
                        LocalDate.of(2028, 12, 18)),
                dates(Year.of(2028), LocalDate.of(2028, 5, 5), CalendarDayKind.TRANSFERRED_DAY_OFF));
    }

    @Test
    void aTransferredDayNamesTheHolidayItComesFrom() {
        CalendarDay ninthOfMarch = StatutoryCalendar.year(Year.of(2026), SeededCalendar.KURBAN_AIT_2026)
                .day(LocalDate.of(2026, 3, 9))
                .orElseThrow();
        assertTrue(
                ninthOfMarch.nameRu().contains("08.03.2026")
                        && ninthOfMarch.nameRu().contains("женский"),
                ninthOfMarch.nameRu());
        assertTrue(ninthOfMarch.nameKz().contains("әйелдер"), ninthOfMarch.nameKz());
        assertFalse(ninthOfMarch.nameRu().equals(ninthOfMarch.nameKz()));
    }

    @Test
    void kurbanAitMustBeInTheYear() {
        assertThrows(
                IllegalArgumentException.class,
                () -> StatutoryCalendar.rows(Year.of(2026), SeededCalendar.KURBAN_AIT_2027));
    }
}

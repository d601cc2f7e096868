package kz.elicensing.domain.workflow;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;

/** The statutory calendars of 2026 and 2027 as V6__working_calendar_2026_2027.sql seeds them (no government moves). */
final class SeededCalendar {
    static final LocalDate KURBAN_AIT_2026 = LocalDate.of(2026, 5, 27);
    static final LocalDate KURBAN_AIT_2027 = LocalDate.of(2027, 5, 16);

    private SeededCalendar() {}

    static WorkingDayCalendar of2026And2027() {
        return new WorkingDayCalendar(List.of(
                StatutoryCalendar.year(Year.of(2026), KURBAN_AIT_2026),
                StatutoryCalendar.year(Year.of(2027), KURBAN_AIT_2027)));
    }
}

package kz.elicensing.application.admin;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import kz.elicensing.domain.workflow.CalendarDay;

/** Port to the working calendar's tables for its administrator (working_calendar_year, working_calendar_day). */
public interface CalendarStore {

    /** The loaded years, ascending. */
    List<Year> years();

    /** A loaded year with its rows in date order. */
    Optional<StoredYear> year(Year year);

    /** Loads a year that was not loaded: its year row and its day rows. */
    void add(StoredYear year);

    /** Removes the rows of these dates and adds these rows (one move of days). */
    void replace(List<LocalDate> removed, List<CalendarDay> added);

    /** The open applications (not decided) whose term counts over {@code date}: registered before it, due on or after it. */
    long openApplicationsCountingOver(LocalDate date);
}

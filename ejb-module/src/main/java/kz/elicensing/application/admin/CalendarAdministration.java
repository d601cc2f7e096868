package kz.elicensing.application.admin;

import java.time.LocalDate;
import java.util.List;

/**
 * The administrator's working calendar (issue 14, Administration): a year's holidays, carried and moved days; load a
 * year (generated from the holidays law with the year's Kurban Ait, plus the rows of the government's decree, or from a
 * list alone); move a day off. Every change is recorded in the change log with the administrator's login
 * ({@code actor}) and takes effect for the next deadline computed (the calendar cache is dropped after the commit).
 */
public interface CalendarAdministration {

    /** One row of a year: a holiday, a carried or moved day off, or a weekend made a working day. */
    record CalendarDayView(LocalDate date, String kind, boolean dayOff, String nameRu, String nameKz) {}

    /** A year as loaded (or not): its note, its rows in date order and how many working days it has. */
    record CalendarYearView(int year, boolean loaded, String note, List<CalendarDayView> days, int workingDays) {}

    /** The loaded years, ascending. */
    List<Integer> loadedYears();

    /** The year; {@code loaded} false and no rows when it is not loaded. */
    CalendarYearView year(int year);

    /**
     * Loads a year not loaded yet (CALENDAR_YEAR_LOADED otherwise): with {@code kurbanAitFirstDay} the statutory rows of
     * the holidays law plus {@code rows} (e.g. the decree's moves); without it, {@code rows} alone
     * ({@link CalendarRows#parse}). Refuses a malformed row (CALENDAR_DAY_INVALID) and a date listed twice
     * (CALENDAR_DAY_DUPLICATE).
     */
    CalendarYearView load(String actor, int year, LocalDate kurbanAitFirstDay, String rows, String note);

    /**
     * Moves a day off of a loaded year ({@link CalendarRows#move}); refuses a move that cannot be
     * (CALENDAR_MOVE_NOT_ALLOWED), and one that would alter the deadlines of open applications already computed over
     * either date (CALENDAR_DEADLINES_AFFECTED).
     */
    CalendarYearView move(String actor, int year, LocalDate from, LocalDate to, String nameRu, String nameKz);

    /**
     * The day a term of {@code workingDays} working days starting on {@code start} ends, as a deadline is counted; refuses
     * (CALENDAR_NOT_LOADED) when it reaches a year not loaded.
     */
    LocalDate lastDay(LocalDate start, int workingDays);
}

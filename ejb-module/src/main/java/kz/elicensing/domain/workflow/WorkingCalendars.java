package kz.elicensing.domain.workflow;

/** Port to the working calendar as an admin keeps it (data per year); an edit shows after a reload. */
public interface WorkingCalendars {

    /** The calendar as currently loaded: one consistent snapshot, to be used for a whole computation. */
    WorkingDayCalendar current();

    /** Drops the cached calendar, so the next {@link #current()} reads the data again. */
    void reload();
}

package kz.elicensing.domain.workflow;

/** What a row of the working calendar says about its date. */
public enum CalendarDayKind {
    /** A public holiday of the Law "On holidays in the Republic of Kazakhstan": a day off, whatever the weekday. */
    HOLIDAY(true),
    /** The day off carried from a (non-religious) holiday that fell on a Saturday or Sunday: a weekday made a day off. */
    TRANSFERRED_DAY_OFF(true),
    /** A weekday made a day off by a government decree moving days off. */
    MOVED_DAY_OFF(true),
    /** A Saturday or Sunday made a working day by a government decree moving days off. */
    MOVED_WORKING_DAY(false);

    private final boolean dayOff;

    CalendarDayKind(boolean dayOff) {
        this.dayOff = dayOff;
    }

    /** True when a date of this kind is not a working day. */
    public boolean dayOff() {
        return dayOff;
    }

    /** True when a date of this kind must be a weekday (Monday to Friday) to make sense. */
    boolean weekdayOnly() {
        return this == TRANSFERRED_DAY_OFF || this == MOVED_DAY_OFF;
    }

    /** True when a date of this kind must be a Saturday or Sunday to make sense. */
    boolean weekendOnly() {
        return this == MOVED_WORKING_DAY;
    }
}

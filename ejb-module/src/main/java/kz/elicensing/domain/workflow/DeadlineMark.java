package kz.elicensing.domain.workflow;

import java.time.LocalDate;

/** How an open application stands against its deadline, in working days as the law counts them. */
public enum DeadlineMark {
    ON_TRACK,
    /** At most the warning number of working days are left (the deadline day included). */
    NEARING,
    /** The deadline day has passed. */
    OVERDUE;

    /** The mark of a deadline seen on {@code today}, warning {@code warningWorkingDays} working days ahead. */
    public static DeadlineMark of(
            LocalDate deadline, LocalDate today, WorkingDayCalendar calendar, int warningWorkingDays) {
        if (today.isAfter(deadline)) {
            return OVERDUE;
        }
        long left = calendar.workingDaysBetween(today, deadline);
        return left <= warningWorkingDays ? NEARING : ON_TRACK;
    }

    public String messageKey() {
        return "deadline.mark." + name();
    }
}

package kz.elicensing.domain.workflow;

/** How the days of a term are counted. */
public enum TermUnit {
    /** Only working days count. */
    WORKING_DAYS,
    /** Every day counts; a term whose last day is a day off ends on the next working day. */
    CALENDAR_DAYS
}

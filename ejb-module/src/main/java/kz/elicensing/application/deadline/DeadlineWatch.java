package kz.elicensing.application.deadline;

import java.util.List;

/** Watches open applications' deadlines (nearing, overdue) and sums up how providers keep them. */
public interface DeadlineWatch {

    /** How many applications one {@link #scan} marks at most (one transaction, a bounded memory). */
    int BATCH = 200;

    /**
     * Marks open applications ON_TRACK, NEARING or OVERDUE as of today, at most {@link #BATCH} of those whose mark
     * changes, in a transaction of its own; returns how many marks changed (call again while it returns BATCH).
     */
    int scan(int warningWorkingDays);

    /** The SLA summary of the officer's provider, one row per service. */
    List<SlaRow> sla(String officer);
}

package kz.elicensing.application.deadline;

import java.util.List;
import kz.elicensing.application.query.ApplicationView;

/** Watches open applications' deadlines (nearing, overdue) and sums up how providers keep them. */
public interface DeadlineWatch {

    /** Marks every open application ON_TRACK, NEARING or OVERDUE as of today; returns how many marks changed. */
    int scan(int warningWorkingDays);

    /** The open applications the officer may see, most urgent first, with their marks. */
    List<ApplicationView> watched(String officer);

    /** The SLA summary of the officer's provider, one row per service. */
    List<SlaRow> sla(String officer);
}

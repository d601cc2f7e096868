package kz.elicensing.application.deadline;

import java.time.LocalDate;

/**
 * An open application as the deadlines page lists it: number, service, applicant, the day it is due (service 8: its
 * current step's, when that comes first), and its mark (ON_TRACK, NEARING, OVERDUE or null) with the mark's message key
 * and its texts in ru and kk.
 */
public record WatchedApplication(
        String number,
        String serviceCode,
        String applicantName,
        LocalDate due,
        String mark,
        String markKey,
        String markRu,
        String markKk) {}

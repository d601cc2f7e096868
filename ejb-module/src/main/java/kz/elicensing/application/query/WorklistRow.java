package kz.elicensing.application.query;

import java.time.Instant;
import java.time.LocalDate;
import kz.elicensing.domain.application.ApplicationStatus;
import kz.elicensing.domain.application.Channel;
import kz.elicensing.domain.catalog.Operation;
import kz.elicensing.domain.workflow.DeadlineMark;

/**
 * One line of the officer's worklist: the application, its service (names filled by the use case), applicant,
 * receipt, deadline with the working days left (null once decided) and mark, assignee, and the current procedure step's
 * deadline (service 8; null otherwise).
 */
public record WorklistRow(
        String number,
        ApplicationStatus status,
        String serviceCode,
        String serviceNameRu,
        String serviceNameKz,
        Operation operation,
        String applicantId,
        String applicantName,
        Channel channel,
        Instant receivedAt,
        LocalDate deadline,
        Long workingDaysLeft,
        DeadlineMark mark,
        String assignedOfficer,
        boolean paymentToConfirm,
        LocalDate stepDeadline) {

    /** The same row with the service's names and the working days left. */
    public WorklistRow with(String nameRu, String nameKz, Long daysLeft) {
        return new WorklistRow(
                number,
                status,
                serviceCode,
                nameRu,
                nameKz,
                operation,
                applicantId,
                applicantName,
                channel,
                receivedAt,
                deadline,
                daysLeft,
                mark,
                assignedOfficer,
                paymentToConfirm,
                stepDeadline);
    }

    /** The day the deadlines page shows as due: the current step's deadline when there is one, else the deadline. */
    public LocalDate due() {
        return stepDeadline != null ? stepDeadline : deadline;
    }

    /** NEARING or OVERDUE for an open application, null otherwise (what the page marks). */
    public String shownMark() {
        return status.isFinal() || mark == null || mark == DeadlineMark.ON_TRACK ? null : mark.name();
    }
}

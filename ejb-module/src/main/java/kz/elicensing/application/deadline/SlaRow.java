package kz.elicensing.application.deadline;

/**
 * The service-level summary of one provider and service: decided on time and late, open and overdue, and the average
 * days from registration to decision (working days as the law counts them, and calendar days).
 */
public record SlaRow(
        String providerCode,
        String serviceCode,
        int decided,
        int onTime,
        int late,
        int open,
        int openOverdue,
        double averageWorkingDays,
        double averageCalendarDays) {}

package kz.elicensing.application.deadline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kz.elicensing.domain.application.LicenseApplication;
import kz.elicensing.domain.workflow.WorkingDayCalendar;

/** Sums up one provider's applications per service: on time means decided on or before the deadline day. */
final class SlaSummary {

    private SlaSummary() {}

    static List<SlaRow> of(
            String providerCode, List<LicenseApplication> applications, LocalDate today, WorkingDayCalendar calendar) {
        Map<String, List<LicenseApplication>> byService = new TreeMap<>();
        applications.forEach(a -> byService
                .computeIfAbsent(a.serviceCode(), k -> new ArrayList<>())
                .add(a));
        List<SlaRow> rows = new ArrayList<>();
        byService.forEach((service, list) -> {
            int decided = 0;
            int onTime = 0;
            int open = 0;
            int overdue = 0;
            long working = 0;
            long calendarDays = 0;
            for (LicenseApplication a : list) {
                if (a.decidedOn() != null) {
                    decided++;
                    if (!a.decidedOn().isAfter(a.deadline())) {
                        onTime++;
                    }
                    working += Math.max(0, calendar.workingDaysBetween(a.registeredOn(), a.decidedOn()));
                    calendarDays += Math.max(0, ChronoUnit.DAYS.between(a.registeredOn(), a.decidedOn()));
                } else if (!a.status().isFinal()) {
                    open++;
                    if (today.isAfter(a.deadline())) {
                        overdue++;
                    }
                }
            }
            rows.add(new SlaRow(
                    providerCode,
                    service,
                    decided,
                    onTime,
                    decided - onTime,
                    open,
                    overdue,
                    decided == 0 ? 0 : (double) working / decided,
                    decided == 0 ? 0 : (double) calendarDays / decided));
        });
        return rows;
    }
}

package kz.elicensing.application.deadline;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.elicensing.domain.workflow.WorkingDayCalendar;

/**
 * Sums up one provider's applications per service from the database's counts: on time means decided on or before the
 * deadline day; the average days from registration to decision in working days (the calendar) and calendar days.
 */
final class SlaSummary {

    private SlaSummary() {}

    static List<SlaRow> of(
            String providerCode,
            List<SlaStore.ServiceCounts> counts,
            List<SlaStore.DecidedSpan> spans,
            WorkingDayCalendar calendar) {
        Map<String, long[]> days = new HashMap<>();
        for (SlaStore.DecidedSpan s : spans) {
            long[] d = days.computeIfAbsent(s.serviceCode(), k -> new long[2]);
            d[0] += (long) s.count() * Math.max(0, calendar.workingDaysBetween(s.registeredOn(), s.decidedOn()));
            d[1] += (long) s.count() * Math.max(0, ChronoUnit.DAYS.between(s.registeredOn(), s.decidedOn()));
        }
        List<SlaRow> rows = new ArrayList<>();
        for (SlaStore.ServiceCounts c : counts) {
            long[] d = days.getOrDefault(c.serviceCode(), new long[2]);
            int decided = c.decided();
            rows.add(new SlaRow(
                    providerCode,
                    c.serviceCode(),
                    decided,
                    c.onTime(),
                    decided - c.onTime(),
                    c.open(),
                    c.openOverdue(),
                    decided == 0 ? 0 : (double) d[0] / decided,
                    decided == 0 ? 0 : (double) d[1] / decided));
        }
        return rows;
    }
}

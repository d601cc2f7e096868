package kz.elicensing.application.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import kz.elicensing.domain.workflow.WorkingDayCalendar;

/**
 * Sums up one provider's applications per service from the database's counts: on time means decided on or before the
 * deadline day; the average days from registration to decision in working days (the calendar) and calendar days, as
 * the sum of each span's end day's position minus its start day's (positions counted from the earliest day given).
 */
public final class SlaSummary {

    private SlaSummary() {}

    public static List<SlaRow> of(
            String providerCode,
            List<SlaStore.ServiceCounts> counts,
            List<SlaStore.SpanDay> spans,
            WorkingDayCalendar calendar) {
        Map<LocalDate, Long> workingDay = positions(spans, calendar);
        Map<String, long[]> days = new HashMap<>();
        for (SlaStore.SpanDay s : spans) {
            long[] d = days.computeIfAbsent(s.serviceCode(), k -> new long[2]);
            long net = (long) s.ends() - s.starts();
            d[0] += net * workingDay.get(s.day());
            d[1] += net * s.day().toEpochDay();
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

    /**
     * Each day's working days after the earliest day up to and including it, so that the working days between two of
     * them are the difference of their positions (only the days between the earliest and the latest are looked up).
     */
    private static Map<LocalDate, Long> positions(List<SlaStore.SpanDay> spans, WorkingDayCalendar calendar) {
        TreeSet<LocalDate> sorted = new TreeSet<>();
        spans.forEach(s -> sorted.add(s.day()));
        Map<LocalDate, Long> position = new HashMap<>();
        LocalDate previous = null;
        long at = 0;
        for (LocalDate day : sorted) {
            at += previous == null ? 0 : calendar.workingDaysBetween(previous, day);
            position.put(day, at);
            previous = day;
        }
        return position;
    }
}

package kz.elicensing.domain.workflow;

import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The working calendar of one year as an admin keeps it: its holidays, transferred days off and the government's
 * moves of days off. Dates not listed follow the five-day week.
 */
public final class CalendarYear {
    private final Year year;
    private final Map<LocalDate, CalendarDay> days;

    /** Refuses rows outside the year, duplicate dates, and moves that cannot be (a working day moved to a weekday). */
    public CalendarYear(Year year, Collection<CalendarDay> rows) {
        this.year = year;
        Map<LocalDate, CalendarDay> byDate = new TreeMap<>();
        for (CalendarDay row : rows) {
            check(year, row);
            CalendarDay earlier = byDate.putIfAbsent(row.date(), row);
            if (earlier != null) {
                throw new IllegalArgumentException("working calendar " + year + ": " + row.date() + " is listed twice ("
                        + earlier.kind() + ", " + row.kind() + ")");
            }
        }
        this.days = Collections.unmodifiableMap(byDate);
    }

    private static void check(Year year, CalendarDay row) {
        if (!year.equals(Year.from(row.date()))) {
            throw new IllegalArgumentException("working calendar " + year + ": " + row.date() + " is in another year");
        }
        boolean weekend = Weekend.includes(row.date());
        if (row.kind().weekdayOnly() && weekend) {
            throw new IllegalArgumentException("working calendar " + year + ": " + row.date() + " ("
                    + row.date().getDayOfWeek() + ") is a weekend day already; " + row.kind() + " must be a weekday");
        }
        if (row.kind().weekendOnly() && !weekend) {
            throw new IllegalArgumentException("working calendar " + year + ": " + row.date() + " ("
                    + row.date().getDayOfWeek() + ") is a working day already; " + row.kind()
                    + " must be a Saturday or Sunday");
        }
    }

    public Year year() {
        return year;
    }

    /** The row for {@code date}, if the calendar lists it. */
    public Optional<CalendarDay> day(LocalDate date) {
        return Optional.ofNullable(days.get(date));
    }

    /** Every row, in date order. */
    public Collection<CalendarDay> days() {
        return days.values();
    }

    /** Whether {@code date} (of this year) is a working day: not a weekend or listed day off, or a moved working day. */
    public boolean isWorkingDay(LocalDate date) {
        if (!year.equals(Year.from(date))) {
            throw new IllegalArgumentException(date + " is not in " + year);
        }
        CalendarDay row = days.get(date);
        return row == null ? !Weekend.includes(date) : !row.kind().dayOff();
    }
}

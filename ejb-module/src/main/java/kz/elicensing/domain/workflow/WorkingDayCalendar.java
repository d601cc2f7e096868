package kz.elicensing.domain.workflow;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which days are working days, from the loaded years' calendars: Saturdays, Sundays and the listed days off are not,
 * a moved working day is. A date in a year that is not loaded is refused with {@link CalendarNotLoadedException}: a
 * deadline is never guessed from weekends alone. Immutable: a reload builds a new one.
 */
public final class WorkingDayCalendar {
    private final Map<Year, CalendarYear> years;

    public WorkingDayCalendar(Collection<CalendarYear> loaded) {
        Map<Year, CalendarYear> byYear = new TreeMap<>();
        for (CalendarYear year : loaded) {
            if (byYear.putIfAbsent(year.year(), year) != null) {
                throw new IllegalArgumentException("working calendar " + year.year() + " is given twice");
            }
        }
        this.years = Collections.unmodifiableMap(byYear);
    }

    /** The calendar of {@code years} from their rows, as the table holds them; a row of a year not listed is refused. */
    public static WorkingDayCalendar of(Collection<Year> years, Collection<CalendarDay> rows) {
        Map<Year, List<CalendarDay>> byYear = new TreeMap<>();
        years.forEach(year -> byYear.put(year, new ArrayList<>()));
        for (CalendarDay row : rows) {
            List<CalendarDay> ofYear = byYear.get(Year.from(row.date()));
            if (ofYear == null) {
                throw new IllegalArgumentException("working calendar row " + row.date() + " " + row.kind()
                        + " belongs to " + Year.from(row.date()) + ", which is not loaded");
            }
            ofYear.add(row);
        }
        return new WorkingDayCalendar(byYear.entrySet().stream()
                .map(e -> new CalendarYear(e.getKey(), e.getValue()))
                .toList());
    }

    /** The years this calendar can count in. */
    public SortedSet<Year> loadedYears() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(years.keySet()));
    }

    /** Whether the calendar of {@code year} is loaded. */
    public boolean covers(Year year) {
        return years.containsKey(year);
    }

    /** The calendar row of {@code date} (a holiday, a moved day), if any; refuses a year that is not loaded. */
    public Optional<CalendarDay> day(LocalDate date) {
        return yearOf(date).day(date);
    }

    /** Whether {@code day} is a working day; refuses a year that is not loaded. */
    public boolean isWorkingDay(LocalDate day) {
        return yearOf(day).isWorkingDay(day);
    }

    /** The first working day after {@code day} (never {@code day} itself). */
    public LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /** {@code day} itself if it is a working day, otherwise the next working day. */
    public LocalDate workingDayOnOrAfter(LocalDate day) {
        return isWorkingDay(day) ? day : nextWorkingDay(day);
    }

    /**
     * The day on which a term of {@code workingDays} working days that starts on {@code start} ends: the count begins
     * on the day after {@code start}. Zero is {@code start} itself.
     */
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("negative term: " + workingDays);
        }
        LocalDate day = start;
        for (int left = workingDays; left > 0; left--) {
            day = nextWorkingDay(day);
        }
        return day;
    }

    /**
     * The number of working days after {@code from} up to and including {@code to}, so that
     * {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}; negative when {@code to} is before {@code from}.
     */
    public long workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        return from.plusDays(1)
                .datesUntil(to.plusDays(1))
                .filter(this::isWorkingDay)
                .count();
    }

    private CalendarYear yearOf(LocalDate date) {
        Year year = Year.from(date);
        CalendarYear calendar = years.get(year);
        if (calendar == null) {
            throw new CalendarNotLoadedException(year);
        }
        return calendar;
    }
}

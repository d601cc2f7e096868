package kz.elicensing.domain.workflow;

import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.elicensing.domain.error.Messages;

/**
 * Generates the statutory part of a year's working calendar: the public holidays, and for every non-religious holiday
 * that falls on a Saturday or Sunday a day off carried to the next working day after it. Government moves of days off
 * are not statutory: an admin adds them from the year's decree.
 */
public final class StatutoryCalendar {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private StatutoryCalendar() {}

    /** The HOLIDAY and TRANSFERRED_DAY_OFF rows of {@code year}, in date order; Kurban Ait's first day is supplied. */
    public static List<CalendarDay> rows(Year year, LocalDate kurbanAitFirstDay) {
        if (!year.equals(Year.from(kurbanAitFirstDay))) {
            throw new IllegalArgumentException("Kurban Ait " + kurbanAitFirstDay + " is not in " + year);
        }
        Map<LocalDate, List<PublicHoliday>> holidays = new TreeMap<>();
        for (PublicHoliday holiday : PublicHoliday.values()) {
            List<LocalDate> dates = holiday.movable() ? List.of(kurbanAitFirstDay) : holiday.datesIn(year);
            dates.forEach(
                    d -> holidays.computeIfAbsent(d, k -> new ArrayList<>()).add(holiday));
        }
        List<CalendarDay> rows = new ArrayList<>();
        Set<LocalDate> taken = new HashSet<>(holidays.keySet());
        holidays.forEach((date, onDate) -> {
            rows.add(new CalendarDay(
                    date,
                    CalendarDayKind.HOLIDAY,
                    names(onDate, PublicHoliday::nameRu),
                    names(onDate, PublicHoliday::nameKz)));
            boolean carried = onDate.stream().anyMatch(h -> !h.religious());
            if (carried && Weekend.includes(date)) {
                LocalDate dayOff = nextFreeWeekday(date, taken);
                if (!year.equals(Year.from(dayOff))) {
                    throw new IllegalStateException("the day off of " + date + " would move into " + Year.from(dayOff));
                }
                taken.add(dayOff);
                String from = date.format(DAY);
                rows.add(new CalendarDay(
                        dayOff,
                        CalendarDayKind.TRANSFERRED_DAY_OFF,
                        Messages.ru("calendar.transferred", from, names(onDate, PublicHoliday::nameRu)),
                        Messages.kk("calendar.transferred", from, names(onDate, PublicHoliday::nameKz))));
            }
        });
        rows.sort((a, b) -> a.date().compareTo(b.date()));
        return List.copyOf(rows);
    }

    /** The statutory rows of {@code year} as a calendar (no government moves). */
    public static CalendarYear year(Year year, LocalDate kurbanAitFirstDay) {
        return new CalendarYear(year, rows(year, kurbanAitFirstDay));
    }

    /** The first weekday after {@code holiday} that is neither a holiday nor already a carried day off. */
    private static LocalDate nextFreeWeekday(LocalDate holiday, Set<LocalDate> taken) {
        return holiday.plusDays(1)
                .datesUntil(holiday.plusYears(1))
                .filter(d -> !Weekend.includes(d) && !taken.contains(d))
                .findFirst()
                .orElseThrow();
    }

    private static String names(List<PublicHoliday> holidays, Function<PublicHoliday, String> name) {
        return holidays.stream().map(name).collect(Collectors.joining("; "));
    }
}

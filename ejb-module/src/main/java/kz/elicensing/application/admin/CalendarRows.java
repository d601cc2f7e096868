package kz.elicensing.application.admin;

import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.error.Messages;
import kz.elicensing.domain.workflow.CalendarDay;
import kz.elicensing.domain.workflow.CalendarDayKind;
import kz.elicensing.domain.workflow.CalendarYear;
import kz.elicensing.domain.workflow.Weekend;

/**
 * The working calendar's rows an administrator enters or uploads, and the moves of days off: plain rules, refusals
 * with error codes (a malformed row, a duplicate date, a move that cannot be).
 */
public final class CalendarRows {
    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("dd.MM.uuuu");

    private CalendarRows() {}

    /**
     * Rows as text, one a line: {@code date;KIND;name in Russian;name in Kazakh} (date {@code yyyy-mm-dd} or
     * {@code dd.mm.yyyy}; a tab separates as well as ';'; both names required; blank lines and lines starting with '#'
     * are skipped).
     */
    public static List<CalendarDay> parse(String text) {
        List<CalendarDay> rows = new ArrayList<>();
        if (text == null) {
            return rows;
        }
        String[] lines = text.split("\\r?\\n|\\r");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("[;\\t]", -1);
            String where = "line " + (i + 1) + ": " + line;
            if (parts.length < 2) {
                throw invalid(where);
            }
            LocalDate date = date(parts[0].strip(), where);
            CalendarDayKind kind;
            try {
                kind = CalendarDayKind.valueOf(parts[1].strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw invalid(where);
            }
            String ru = parts.length > 2 ? parts[2].strip() : "";
            String kk = parts.length > 3 ? parts[3].strip() : "";
            if (ru.isEmpty() || kk.isEmpty()) {
                throw invalid(where + " (names in Russian and Kazakh)");
            }
            rows.add(new CalendarDay(date, kind, ru, kk));
        }
        return rows;
    }

    /** The year made of these rows; refuses a date listed twice or a row that does not fit its year or weekday. */
    public static CalendarYear year(Year year, Collection<CalendarDay> rows) {
        Set<LocalDate> seen = new HashSet<>();
        for (CalendarDay row : rows) {
            if (!seen.add(row.date())) {
                throw new ElicensingException(
                        ErrorCode.CALENDAR_DAY_DUPLICATE, row.date() + " twice", DOTTED.format(row.date()));
            }
        }
        try {
            return new CalendarYear(year, rows);
        } catch (IllegalArgumentException e) {
            throw invalid(e.getMessage());
        }
    }

    /** One move of days: the dates whose rows go, and the rows that come. */
    public record Move(List<LocalDate> removed, List<CalendarDay> added) {}

    /**
     * Moves a day off of a loaded year: a carried or moved day off ({@code from}) moves to {@code to}; or, for a
     * Saturday or Sunday {@code from} (the government's decree), {@code from} becomes a working day and {@code to} a day
     * off. {@code to} must be a working weekday the calendar does not list; a public holiday itself does not move.
     */
    public static Move move(CalendarYear year, LocalDate from, LocalDate to, String nameRu, String nameKz) {
        if (from == null
                || to == null
                || !year.year().equals(Year.from(from))
                || !year.year().equals(Year.from(to))) {
            throw invalid("the dates of a move must be in " + year.year());
        }
        if (from.equals(to) || Weekend.includes(to) || year.day(to).isPresent()) {
            throw notAllowed(from, to);
        }
        CalendarDay row = year.day(from).orElse(null);
        Move move;
        if (row != null
                && (row.kind() == CalendarDayKind.TRANSFERRED_DAY_OFF || row.kind() == CalendarDayKind.MOVED_DAY_OFF)) {
            move = new Move(List.of(from), List.of(new CalendarDay(to, row.kind(), row.nameRu(), row.nameKz())));
        } else if (row == null && Weekend.includes(from)) {
            boolean named = nameRu != null && !nameRu.isBlank() && nameKz != null && !nameKz.isBlank();
            move = new Move(
                    List.of(),
                    List.of(
                            named(from, CalendarDayKind.MOVED_WORKING_DAY, to),
                            named
                                    ? new CalendarDay(to, CalendarDayKind.MOVED_DAY_OFF, nameRu.strip(), nameKz.strip())
                                    : named(to, CalendarDayKind.MOVED_DAY_OFF, from)));
        } else {
            throw notAllowed(from, to);
        }
        List<CalendarDay> after = new ArrayList<>(year.days());
        after.removeIf(d -> move.removed().contains(d.date()));
        after.addAll(move.added());
        year(year.year(), after);
        return move;
    }

    /** A moved day's default names: "Рабочий день, перенесённый на ..." / "Выходной день, перенесённый с ...". */
    private static CalendarDay named(LocalDate date, CalendarDayKind kind, LocalDate other) {
        String key = kind == CalendarDayKind.MOVED_WORKING_DAY ? "calendar.movedWorkingDay" : "calendar.movedDayOff";
        String when = DOTTED.format(other);
        return new CalendarDay(date, kind, Messages.ru(key, when), Messages.kk(key, when));
    }

    /** A date as an administrator types it: {@code dd.mm.yyyy} or {@code yyyy-mm-dd}; null for blank; refused if malformed. */
    public static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return date(text.strip(), text.strip());
    }

    private static LocalDate date(String text, String where) {
        try {
            return text.contains(".") ? LocalDate.parse(text, DOTTED) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw invalid(where);
        }
    }

    private static ElicensingException invalid(String detail) {
        return new ElicensingException(ErrorCode.CALENDAR_DAY_INVALID, detail, detail);
    }

    private static ElicensingException notAllowed(LocalDate from, LocalDate to) {
        return new ElicensingException(
                ErrorCode.CALENDAR_MOVE_NOT_ALLOWED,
                "cannot move " + from + " to " + to,
                from == null ? "" : DOTTED.format(from),
                to == null ? "" : DOTTED.format(to));
    }
}

package kz.elicensing.infrastructure.persistence;

import java.time.LocalDate;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import kz.elicensing.domain.workflow.CalendarDay;
import kz.elicensing.domain.workflow.StatutoryCalendar;

/**
 * Prints the SQL that loads the statutory part of a year's working calendar, for an admin to review, add the
 * government's moves to, and run:
 * {@code java -cp ejb-module/target/classes kz.elicensing.infrastructure.persistence.WorkingCalendarSql 2028 2028-05-05}
 * (the year, then the first day of Kurban Ait).
 */
public final class WorkingCalendarSql {

    private WorkingCalendarSql() {}

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: WorkingCalendarSql <year> <first day of Kurban Ait, yyyy-mm-dd>");
            System.exit(2);
        }
        Year year = Year.parse(args[0]);
        System.out.print(inserts(
                year,
                LocalDate.parse(args[1]),
                "Law \"On holidays in the RK\"; Kurban Ait " + args[1]
                        + "; government decree moving days off: none entered yet"));
    }

    /** The INSERTs of the year row and of its HOLIDAY and TRANSFERRED_DAY_OFF rows. */
    public static String inserts(Year year, LocalDate kurbanAitFirstDay, String note) {
        List<CalendarDay> rows = StatutoryCalendar.rows(year, kurbanAitFirstDay);
        StringBuilder sql = new StringBuilder()
                .append("INSERT INTO working_calendar_year (calendar_year, note) VALUES\n    (")
                .append(year)
                .append(", ")
                .append(literal(note))
                .append(");\n")
                .append(
                        "INSERT INTO working_calendar_day (calendar_date, calendar_year, day_kind, name_ru, name_kz) VALUES\n");
        for (int i = 0; i < rows.size(); i++) {
            CalendarDay d = rows.get(i);
            sql.append("    (DATE '")
                    .append(d.date())
                    .append("', ")
                    .append(year)
                    .append(", '")
                    .append(d.kind())
                    .append("', ")
                    .append(literal(d.nameRu()))
                    .append(", ")
                    .append(literal(d.nameKz()))
                    .append(")")
                    .append(i + 1 < rows.size() ? "," : ";")
                    .append("  -- ")
                    .append(d.date().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH))
                    .append('\n');
        }
        return sql.toString();
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}

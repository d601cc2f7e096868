package kz.elicensing.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import kz.elicensing.domain.workflow.CalendarDay;
import kz.elicensing.domain.workflow.CalendarDayKind;
import kz.elicensing.domain.workflow.StatutoryCalendar;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed of V6__working_calendar_2026_2027.sql, run by Flyway on H2 after the schema of V5, equals the statutory
 * calendar the generator computes (dates, kinds, names); no government moves are seeded; the table refuses bad rows.
 */
class WorkingCalendarSeedTest {
    private static MigratedDatabase db;

    @BeforeAll
    static void migrate() {
        db = MigratedDatabase.create();
    }

    private static List<CalendarDay> rows(int year) throws SQLException {
        List<CalendarDay> rows = new ArrayList<>();
        try (Connection c = db.connect();
                PreparedStatement s = c.prepareStatement(
                        "SELECT calendar_date, day_kind, name_ru, name_kz FROM working_calendar_day WHERE calendar_year = ? ORDER BY calendar_date")) {
            s.setInt(1, year);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new CalendarDay(
                            r.getObject(1, LocalDate.class),
                            CalendarDayKind.valueOf(r.getString(2)),
                            r.getString(3),
                            r.getString(4)));
                }
            }
        }
        return rows;
    }

    /** Names the rows that differ, rather than printing both years whole. */
    private static void assertSeedIsStatutory(int year, LocalDate kurbanAit) throws SQLException {
        List<CalendarDay> expected = StatutoryCalendar.rows(Year.of(year), kurbanAit);
        List<CalendarDay> seeded = rows(year);
        List<CalendarDay> missing =
                expected.stream().filter(d -> !seeded.contains(d)).toList();
        List<CalendarDay> extra =
                seeded.stream().filter(d -> !expected.contains(d)).toList();
        assertTrue(
                missing.isEmpty() && extra.isEmpty(),
                () -> year + ": missing from the seed " + missing + "\n  in the seed but not statutory " + extra);
        assertEquals(expected, seeded);
    }

    @Test
    void the2026SeedIsTheStatutoryCalendar() throws SQLException {
        assertSeedIsStatutory(2026, LocalDate.of(2026, 5, 27));
    }

    @Test
    void the2027SeedIsTheStatutoryCalendar() throws SQLException {
        assertSeedIsStatutory(2027, LocalDate.of(2027, 5, 16));
    }

    @Test
    void exactlyTheseYearsAreLoadedWithNoGovernmentMoves() throws SQLException {
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            try (ResultSet r =
                    s.executeQuery("SELECT calendar_year FROM working_calendar_year ORDER BY calendar_year")) {
                List<Integer> years = new ArrayList<>();
                while (r.next()) {
                    years.add(r.getInt(1));
                }
                assertEquals(List.of(2026, 2027), years);
            }
            try (ResultSet r = s.executeQuery(
                    "SELECT COUNT(*) FROM working_calendar_day WHERE day_kind IN ('MOVED_DAY_OFF', 'MOVED_WORKING_DAY')")) {
                r.next();
                assertEquals(0, r.getInt(1));
            }
        }
    }

    @Test
    void providersGetTheDefaultCutOff() throws SQLException {
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(
                        "SELECT registration_cutoff, time_zone FROM provider WHERE code = 'DP_ALMATY'")) {
            r.next();
            assertEquals(LocalTime.of(18, 0), r.getObject(1, LocalTime.class));
            assertEquals("Asia/Almaty", r.getString(2));
        }
    }

    @Test
    void theTableRefusesARowOfAnotherYearAnUnknownKindAndAYearNotDeclared() throws SQLException {
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            assertThrows(
                    SQLException.class,
                    () -> s.executeUpdate("INSERT INTO working_calendar_day VALUES "
                            + "(DATE '2027-06-01', 2026, 'MOVED_DAY_OFF', 'x', 'x')"));
            assertThrows(
                    SQLException.class,
                    () -> s.executeUpdate("INSERT INTO working_calendar_day VALUES "
                            + "(DATE '2026-06-01', 2026, 'SHORT_DAY', 'x', 'x')"));
            assertThrows(
                    SQLException.class,
                    () -> s.executeUpdate("INSERT INTO working_calendar_day VALUES "
                            + "(DATE '2028-01-03', 2028, 'TRANSFERRED_DAY_OFF', 'x', 'x')"));
        }
    }
}

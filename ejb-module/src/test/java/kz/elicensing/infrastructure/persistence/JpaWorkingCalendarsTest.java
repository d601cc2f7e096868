package kz.elicensing.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import kz.elicensing.domain.catalog.LicenseService;
import kz.elicensing.domain.catalog.Provider;
import kz.elicensing.domain.workflow.CalendarDayKind;
import kz.elicensing.domain.workflow.CalendarNotLoadedException;
import kz.elicensing.domain.workflow.RegistrationCutoff;
import kz.elicensing.domain.workflow.Term;
import kz.elicensing.domain.workflow.WorkingDayCalendar;
import kz.elicensing.infrastructure.config.ElicensingConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The loader reads the migrated tables through EclipseLink with the production mappings; an admin's SQL edit shows
 * after a reload; the catalog's provider carries its cut-off and zone.
 */
class JpaWorkingCalendarsTest {
    private MigratedDatabase db;
    private EntityManagerFactory emf;
    private EntityManager em;
    private JpaWorkingCalendars calendars;

    @BeforeEach
    void open() {
        db = MigratedDatabase.create();
        emf = Persistence.createEntityManagerFactory(
                "calendar-test",
                Map.of(
                        "eclipselink.persistencexml",
                        "META-INF/calendar-test-persistence.xml",
                        "jakarta.persistence.jdbc.url",
                        db.url,
                        "jakarta.persistence.jdbc.user",
                        "sa",
                        "jakarta.persistence.jdbc.password",
                        "sa",
                        "jakarta.persistence.jdbc.driver",
                        "org.h2.Driver"));
        em = emf.createEntityManager();
        calendars = new JpaWorkingCalendars();
        calendars.em = em;
        calendars.clock = Clock.fixed(Instant.parse("2026-11-23T04:00:00Z"), ZoneOffset.UTC);
        calendars.config = new ElicensingConfig();
        calendars.init();
    }

    @AfterEach
    void close() {
        em.close();
        emf.close();
    }

    private void sql(String statements) throws SQLException {
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            s.execute(statements);
        }
        em.clear(); // a new transaction on the server sees the rows anew
    }

    @Test
    void theSeededYearsAreLoaded() {
        WorkingDayCalendar calendar = calendars.current();
        assertEquals(Set.of(Year.of(2026), Year.of(2027)), calendar.loadedYears());
        assertEquals(
                CalendarDayKind.TRANSFERRED_DAY_OFF,
                calendar.day(LocalDate.of(2026, 3, 24)).orElseThrow().kind());
        assertEquals(
                "Наурыз мейрамы",
                calendar.day(LocalDate.of(2026, 3, 23)).orElseThrow().nameRu());
        assertEquals(LocalDate.of(2026, 4, 9), calendar.addWorkingDays(LocalDate.of(2026, 3, 16), 15));
    }

    @Test
    void anAdminsMoveShowsAfterAReload() throws SQLException {
        LocalDate wednesday = LocalDate.of(2026, 12, 30);
        assertTrue(calendars.current().isWorkingDay(wednesday));
        sql("INSERT INTO working_calendar_day (calendar_date, calendar_year, day_kind, name_ru, name_kz) VALUES "
                + "(DATE '2026-12-30', 2026, 'MOVED_DAY_OFF', 'Перенос выходного дня', 'Демалыс күнін ауыстыру')");
        assertTrue(calendars.current().isWorkingDay(wednesday), "cached until the time-to-live or a reload");
        calendars.reload();
        assertFalse(calendars.current().isWorkingDay(wednesday));
    }

    @Test
    void aNewYearFromThePrintedSqlIsLoadedAfterAReload() throws SQLException {
        assertThrows(
                CalendarNotLoadedException.class,
                () -> calendars.current().addWorkingDays(LocalDate.of(2027, 12, 20), 15));
        sql(WorkingCalendarSql.inserts(Year.of(2028), LocalDate.of(2028, 5, 5), "test"));
        calendars.reload();
        // 21-24, 27-31 Dec; 1-4 Jan 2028 off (New Year on the weekend, carried to 3 and 4 Jan); 5, 6; 7 Jan Christmas;
        // 10-13
        assertEquals(LocalDate.of(2028, 1, 13), calendars.current().addWorkingDays(LocalDate.of(2027, 12, 20), 15));
    }

    @Test
    void theProviderCarriesItsCutOffAndTheServiceItsTerm() throws SQLException {
        assertEquals(
                RegistrationCutoff.DEFAULT, em.find(Provider.class, "DP_ALMATY").registrationCutoff());
        assertEquals(
                Term.workingDays(15),
                em.find(LicenseService.class, "SECURITY_ACTIVITY").term());
        sql(
                "UPDATE provider SET registration_cutoff = TIME '17:30:00', time_zone = 'Asia/Oral' WHERE code = 'DP_ALMATY'");
        assertEquals(
                new RegistrationCutoff(LocalTime.of(17, 30), ZoneId.of("Asia/Oral")),
                em.find(Provider.class, "DP_ALMATY").registrationCutoff());
    }
}

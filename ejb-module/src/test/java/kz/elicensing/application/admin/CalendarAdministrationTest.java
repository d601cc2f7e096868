package kz.elicensing.application.admin;

import static kz.elicensing.application.admin.OfficerAdministrationTest.assertCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import kz.elicensing.application.audit.AdminArea;
import kz.elicensing.application.audit.AdminChange;
import kz.elicensing.application.audit.AdminChangeLog;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.workflow.CalendarDay;
import kz.elicensing.domain.workflow.WorkingCalendars;
import kz.elicensing.domain.workflow.WorkingDayCalendar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Loading a year, moving a day off, counting a term: through the use case with an in-memory store. */
class CalendarAdministrationTest {
    private final TreeMap<Year, StoredYear> years = new TreeMap<>();
    private final List<String> log = new ArrayList<>();
    private long openOver;
    private DefaultCalendarAdministration admin;

    @BeforeEach
    void setUp() {
        admin = new DefaultCalendarAdministration();
        admin.store = new CalendarStore() {
            @Override
            public List<Year> years() {
                return List.copyOf(years.keySet());
            }

            @Override
            public Optional<StoredYear> year(Year year) {
                return Optional.ofNullable(years.get(year));
            }

            @Override
            public void add(StoredYear year) {
                years.put(year.year(), year);
            }

            @Override
            public void replace(List<LocalDate> removed, List<CalendarDay> added) {
                Year y = Year.from(added.get(0).date());
                List<CalendarDay> days = new ArrayList<>(years.get(y).days());
                days.removeIf(d -> removed.contains(d.date()));
                days.addAll(added);
                days.sort((a, b) -> a.date().compareTo(b.date()));
                years.put(y, new StoredYear(y, years.get(y).note(), days));
            }

            @Override
            public long openApplicationsCountingOver(LocalDate date) {
                return openOver;
            }
        };
        admin.calendars = new WorkingCalendars() {
            @Override
            public WorkingDayCalendar current() {
                List<CalendarDay> all =
                        years.values().stream().flatMap(y -> y.days().stream()).toList();
                return WorkingDayCalendar.of(years.keySet(), all);
            }

            @Override
            public void reload() {}
        };
        admin.changes = new AdminChangeLog() {
            @Override
            public void record(String actor, AdminArea area, String subject, String action, String detail) {
                log.add(actor + " " + area + " " + subject + " " + action);
            }

            @Override
            public List<AdminChange> recent(AdminArea area, String subject, int limit) {
                return List.of();
            }
        };
    }

    @Test
    void aYearIsNotCountedBeforeItIsLoadedAndIsAfter() {
        assertCode(ErrorCode.CALENDAR_NOT_LOADED, () -> admin.lastDay(LocalDate.of(2029, 3, 1), 15));
        var year = admin.load("admin", 2029, LocalDate.of(2029, 4, 24), "", "test");
        assertTrue(year.loaded());
        assertTrue(year.days().stream().anyMatch(d -> d.date().equals(LocalDate.of(2029, 3, 21))), "Nauryz");
        // 2029: 8 March Thursday, 21-23 March Wed-Fri: 15 working days after Thursday 1 March end on Wednesday 28 March
        assertEquals(LocalDate.of(2029, 3, 28), admin.lastDay(LocalDate.of(2029, 3, 1), 15));
        assertEquals(List.of("admin CALENDAR 2029 LOAD"), log);
        assertCode(ErrorCode.CALENDAR_YEAR_LOADED, () -> admin.load("admin", 2029, LocalDate.of(2029, 4, 24), "", ""));
    }

    @Test
    void aListAloneMakesAYearAndItsDuplicatesAreRefused() {
        var year = admin.load("admin", 2031, null, "2031-01-01;HOLIDAY;Новый год;Жаңа жыл", null);
        assertEquals(1, year.days().size());
        assertCode(
                ErrorCode.CALENDAR_DAY_DUPLICATE,
                () -> admin.load("admin", 2032, LocalDate.of(2032, 4, 1), "2032-01-01;HOLIDAY;А;Ә", null));
        assertFalse(years.containsKey(Year.of(2032)), "a refused year is not kept");
    }

    @Test
    void aMoveIsKeptAndLoggedUnlessOpenDeadlinesCountOverIt() {
        admin.load("admin", 2029, LocalDate.of(2029, 4, 24), "", null);
        // Saturday 5 May 2029 becomes a working day, Friday 4 May... is free? 1 May Tue, 7 May Mon, 9 May Wed: 4 May
        // free
        openOver = 2;
        assertCode(
                ErrorCode.CALENDAR_DEADLINES_AFFECTED,
                () -> admin.move("admin", 2029, LocalDate.of(2029, 5, 5), LocalDate.of(2029, 5, 4), null, null));
        openOver = 0;
        var year = admin.move("admin", 2029, LocalDate.of(2029, 5, 5), LocalDate.of(2029, 5, 4), null, null);
        assertTrue(year.days().stream().anyMatch(d -> d.date().equals(LocalDate.of(2029, 5, 4)) && d.dayOff()));
        assertTrue(year.days().stream().anyMatch(d -> d.date().equals(LocalDate.of(2029, 5, 5)) && !d.dayOff()));
        assertEquals("admin CALENDAR 2029 MOVE", log.get(log.size() - 1));
        assertCode(
                ErrorCode.CALENDAR_NOT_LOADED,
                () -> admin.move("admin", 2030, LocalDate.of(2030, 5, 4), LocalDate.of(2030, 5, 6), null, null));
    }
}

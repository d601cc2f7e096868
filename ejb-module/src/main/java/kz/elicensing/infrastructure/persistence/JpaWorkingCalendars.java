package kz.elicensing.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import kz.elicensing.domain.workflow.CalendarDay;
import kz.elicensing.domain.workflow.RegistrationCutoff;
import kz.elicensing.domain.workflow.WorkingCalendars;
import kz.elicensing.domain.workflow.WorkingDayCalendar;
import kz.elicensing.infrastructure.config.ElicensingConfig;

/**
 * The working calendar from the {@code working_calendar_year} and {@code working_calendar_day} tables, cached for
 * {@code elicensing.calendar.cache-seconds}; warns when the current or next year is not loaded.
 */
@ApplicationScoped
public class JpaWorkingCalendars implements WorkingCalendars {
    private static final Logger LOG = Logger.getLogger(JpaWorkingCalendars.class.getName());

    @PersistenceContext(unitName = "elicensing")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ElicensingConfig config;

    private CalendarCache cache;
    private volatile Set<Year> warnedFor;

    @PostConstruct
    void init() {
        cache = new CalendarCache(this::load, clock, config.calendarCacheTime());
    }

    @Override
    public WorkingDayCalendar current() {
        return cache.get();
    }

    @Override
    public void reload() {
        cache.invalidate();
    }

    WorkingDayCalendar load() {
        List<Year> years = em
                .createQuery("SELECT y FROM WorkingCalendarYearEntity y", WorkingCalendarYearEntity.class)
                .getResultList()
                .stream()
                .map(WorkingCalendarYearEntity::year)
                .toList();
        List<CalendarDay> days = em
                .createQuery("SELECT d FROM WorkingCalendarDayEntity d", WorkingCalendarDayEntity.class)
                .getResultList()
                .stream()
                .map(WorkingCalendarDayEntity::toDay)
                .toList();
        WorkingDayCalendar calendar = WorkingDayCalendar.of(years, days);
        warnIfShort(calendar);
        return calendar;
    }

    /** Deadlines of late December reach into the next year: say so in the log before intake starts refusing. */
    private void warnIfShort(WorkingDayCalendar calendar) {
        Year now = Year.now(clock.withZone(RegistrationCutoff.ALMATY));
        Set<Year> loaded = calendar.loadedYears();
        if (loaded.equals(warnedFor)) {
            return;
        }
        warnedFor = Set.copyOf(loaded);
        for (Year needed : List.of(now, now.plusYears(1))) {
            if (!calendar.covers(needed)) {
                LOG.warning(
                        () -> "the working calendar of " + needed + " is not loaded (loaded: " + loaded
                                + "): deadlines reaching into it are refused with CALENDAR_NOT_LOADED; load it (README, Working calendar)");
            }
        }
        LOG.info(() -> "working calendar loaded for " + loaded);
    }
}

package kz.elicensing.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import kz.elicensing.application.admin.CalendarStore;
import kz.elicensing.application.admin.StoredYear;
import kz.elicensing.domain.workflow.CalendarDay;

/** The working calendar's tables for its administrator; the officer-side reading stays in {@link JpaWorkingCalendars}. */
@ApplicationScoped
public class JpaCalendarStore implements CalendarStore {

    @PersistenceContext(unitName = "elicensing")
    EntityManager em;

    @Override
    public List<Year> years() {
        return em.createQuery("SELECT y FROM WorkingCalendarYearEntity y", WorkingCalendarYearEntity.class)
                .getResultStream()
                .map(WorkingCalendarYearEntity::year)
                .sorted()
                .toList();
    }

    @Override
    public Optional<StoredYear> year(Year year) {
        WorkingCalendarYearEntity y = em.find(WorkingCalendarYearEntity.class, year.getValue());
        if (y == null) {
            return Optional.empty();
        }
        List<CalendarDay> days = em.createQuery(
                        "SELECT d FROM WorkingCalendarDayEntity d WHERE d.calendarYear = :y ORDER BY d.date",
                        WorkingCalendarDayEntity.class)
                .setParameter("y", year.getValue())
                .getResultStream()
                .map(WorkingCalendarDayEntity::toDay)
                .toList();
        return Optional.of(new StoredYear(year, y.note(), days));
    }

    @Override
    public void add(StoredYear year) {
        em.createNativeQuery("INSERT INTO working_calendar_year (calendar_year, note) VALUES (?1, ?2)")
                .setParameter(1, year.year().getValue())
                .setParameter(2, year.note())
                .executeUpdate();
        year.days().forEach(this::insert);
    }

    @Override
    public void replace(List<LocalDate> removed, List<CalendarDay> added) {
        for (LocalDate date : removed) {
            em.createNativeQuery("DELETE FROM working_calendar_day WHERE calendar_date = ?1")
                    .setParameter(1, Date.valueOf(date))
                    .executeUpdate();
        }
        added.forEach(this::insert);
    }

    @Override
    public long openApplicationsCountingOver(LocalDate date) {
        Number n = (Number)
                em.createNativeQuery("SELECT COUNT(*) FROM application WHERE status NOT IN ('ISSUED', 'REFUSED')"
                                + " AND registered_on < ?1 AND deadline >= ?1")
                        .setParameter(1, Date.valueOf(date))
                        .getSingleResult();
        return n.longValue();
    }

    private void insert(CalendarDay d) {
        em.createNativeQuery(
                        "INSERT INTO working_calendar_day (calendar_date, calendar_year, day_kind, name_ru, name_kz)"
                                + " VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, Date.valueOf(d.date()))
                .setParameter(2, d.date().getYear())
                .setParameter(3, d.kind().name())
                .setParameter(4, d.nameRu())
                .setParameter(5, d.nameKz())
                .executeUpdate();
    }
}

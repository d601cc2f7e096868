package kz.elicensing.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import kz.elicensing.domain.workflow.CalendarDay;
import kz.elicensing.domain.workflow.CalendarDayKind;

/** A row of {@code working_calendar_day}: a holiday, transferred or moved day, read into a {@link CalendarDay}. */
@Entity
@Table(name = "working_calendar_day")
public class WorkingCalendarDayEntity {
    @Id
    @Column(name = "calendar_date")
    private LocalDate date;

    @Column(name = "calendar_year", nullable = false)
    private int calendarYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "day_kind", nullable = false)
    private CalendarDayKind kind;

    @Column(name = "name_ru", nullable = false)
    private String nameRu;

    @Column(name = "name_kz", nullable = false)
    private String nameKz;

    protected WorkingCalendarDayEntity() {}

    public CalendarDay toDay() {
        return new CalendarDay(date, kind, nameRu, nameKz);
    }
}

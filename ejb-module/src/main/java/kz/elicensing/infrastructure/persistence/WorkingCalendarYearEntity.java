package kz.elicensing.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Year;

/** A row of {@code working_calendar_year}: a year whose calendar is loaded, and where its rows come from. */
@Entity
@Table(name = "working_calendar_year")
public class WorkingCalendarYearEntity {
    @Id
    @Column(name = "calendar_year")
    private int calendarYear;

    @Column(name = "note", nullable = false)
    private String note;

    protected WorkingCalendarYearEntity() {}

    public Year year() {
        return Year.of(calendarYear);
    }

    public String note() {
        return note;
    }
}

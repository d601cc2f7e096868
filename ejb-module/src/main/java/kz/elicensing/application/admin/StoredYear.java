package kz.elicensing.application.admin;

import java.time.Year;
import java.util.List;
import kz.elicensing.domain.workflow.CalendarDay;

/** A loaded year of the working calendar as kept: the year, where its rows come from (note) and its rows. */
public record StoredYear(Year year, String note, List<CalendarDay> days) {
    public StoredYear {
        days = List.copyOf(days);
    }
}

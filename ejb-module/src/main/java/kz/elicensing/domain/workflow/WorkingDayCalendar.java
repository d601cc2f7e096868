package kz.elicensing.domain.workflow;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Which days are working days. For now weekends only; public holidays come with the calendar data. */
public class WorkingDayCalendar {

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** The day on which a term of {@code workingDays} working days that starts on {@code start} ends. */
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("negative term: " + workingDays);
        }
        LocalDate day = start;
        int left = workingDays;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }
}

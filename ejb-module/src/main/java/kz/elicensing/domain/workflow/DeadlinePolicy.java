package kz.elicensing.domain.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Registration date and decision deadline of an application, counted in working days from registration. */
public class DeadlinePolicy {
    /** Applications are counted in Almaty time (the regulations' local time). */
    public static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    private final WorkingDayCalendar calendar;
    private final Clock clock;

    public DeadlinePolicy(WorkingDayCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    /** The day an application received at {@code receivedAt} counts as registered: the next working day if received on a day off. */
    public LocalDate registrationDay(Instant receivedAt) {
        LocalDate day = receivedAt.atZone(ALMATY).toLocalDate();
        while (!calendar.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The last day of the decision term: {@code workingDays} working days after the registration day. */
    public LocalDate deadline(Instant receivedAt, int workingDays) {
        return calendar.addWorkingDays(registrationDay(receivedAt), workingDays);
    }
}

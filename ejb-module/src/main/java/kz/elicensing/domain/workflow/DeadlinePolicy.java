package kz.elicensing.domain.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Registration day and deadline of an application. Registered on the day received, or on the next working day when
 * received after the provider's cut-off (18:00) or on a day off; the term counts from the day after registration, in
 * working days, or in calendar days moved to the next working day when the last one is a day off.
 */
public class DeadlinePolicy {
    /** Applications are counted in Almaty time (the regulations' local time) unless the provider says otherwise. */
    public static final ZoneId ALMATY = RegistrationCutoff.ALMATY;

    private final WorkingDayCalendar calendar;
    private final Clock clock;

    public DeadlinePolicy(WorkingDayCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    /** Today in Almaty on this policy's clock. */
    public LocalDate today() {
        return today(clock);
    }

    /**
     * Today as the regulations count days: Almaty's date of {@code clock}'s instant, whatever the clock's own zone
     * (between 19:00 and 24:00 UTC it is already the next day in Almaty).
     */
    public static LocalDate today(Clock clock) {
        return day(clock.instant());
    }

    /** The Almaty date of {@code at}. */
    public static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ALMATY);
    }

    /** The day an application received at {@code receivedAt} counts as registered under {@code cutoff}. */
    public LocalDate registrationDay(Instant receivedAt, RegistrationCutoff cutoff) {
        return calendar.workingDayOnOrAfter(cutoff.earliestRegistrationDay(receivedAt));
    }

    /** As {@link #registrationDay(Instant, RegistrationCutoff)} with 18:00 Almaty time. */
    public LocalDate registrationDay(Instant receivedAt) {
        return registrationDay(receivedAt, RegistrationCutoff.DEFAULT);
    }

    /** The last day of {@code term} counted from {@code start} (the count begins the day after). */
    public LocalDate lastDay(LocalDate start, Term term) {
        return switch (term.unit()) {
            case WORKING_DAYS -> calendar.addWorkingDays(start, term.days());
            case CALENDAR_DAYS -> calendar.workingDayOnOrAfter(start.plusDays(term.days()));
        };
    }

    /** The last day of consecutive steps, each counted from the last day of the one before (service 8's procedure). */
    public LocalDate lastDay(LocalDate start, List<Term> steps) {
        LocalDate day = start;
        for (Term step : steps) {
            day = lastDay(day, step);
        }
        return day;
    }

    /** Registration day and last day of {@code term} for an application received at {@code receivedAt}. */
    public Deadline deadline(Instant receivedAt, RegistrationCutoff cutoff, Term term) {
        LocalDate registered = registrationDay(receivedAt, cutoff);
        return new Deadline(registered, lastDay(registered, term));
    }

    /** The last day of {@code workingDays} working days, registered under 18:00 Almaty time. */
    public LocalDate deadline(Instant receivedAt, int workingDays) {
        return deadline(receivedAt, RegistrationCutoff.DEFAULT, Term.workingDays(workingDays))
                .lastDay();
    }
}

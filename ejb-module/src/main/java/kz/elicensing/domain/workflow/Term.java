package kz.elicensing.domain.workflow;

import java.util.Objects;

/** A term of a regulation: a number of working days or of calendar days, counted from the day after its start. */
public record Term(int days, TermUnit unit) {

    public Term {
        Objects.requireNonNull(unit, "unit");
        if (days < 0) {
            throw new IllegalArgumentException("negative term: " + days);
        }
    }

    public static Term workingDays(int days) {
        return new Term(days, TermUnit.WORKING_DAYS);
    }

    public static Term calendarDays(int days) {
        return new Term(days, TermUnit.CALENDAR_DAYS);
    }
}

package kz.elicensing.domain.workflow;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** The weekly days off of the five-day working week: Saturday and Sunday. */
public final class Weekend {
    private static final Set<DayOfWeek> DAYS = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

    private Weekend() {}

    /** True when {@code day} is a Saturday or a Sunday. */
    public static boolean includes(LocalDate day) {
        return DAYS.contains(day.getDayOfWeek());
    }
}

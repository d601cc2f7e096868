package kz.elicensing.domain.workflow;

import java.time.Year;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;

/** Refusal to count days in a year whose working calendar is not loaded (rather than guessing weekends only). */
public class CalendarNotLoadedException extends ElicensingException {
    private static final long serialVersionUID = 1L;

    private final int year;

    public CalendarNotLoadedException(Year year) {
        super(
                ErrorCode.CALENDAR_NOT_LOADED,
                "no working calendar is loaded for " + year
                        + " (table working_calendar_year); load it before counting deadlines into that year",
                year.toString());
        this.year = year.getValue();
    }

    /** The year that is missing. */
    public Year year() {
        return Year.of(year);
    }
}

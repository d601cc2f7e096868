package kz.elicensing.domain.workflow;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.List;
import kz.elicensing.domain.error.Messages;

/**
 * The public holidays (days off) of the Law "On holidays in the Republic of Kazakhstan". Religious holidays (Orthodox
 * Christmas, the first day of Kurban Ait) are not carried to the next working day when they fall on a weekend.
 */
public enum PublicHoliday {
    NEW_YEAR(false, MonthDay.of(1, 1), MonthDay.of(1, 2)),
    ORTHODOX_CHRISTMAS(true, MonthDay.of(1, 7)),
    WOMENS_DAY(false, MonthDay.of(3, 8)),
    NAURYZ(false, MonthDay.of(3, 21), MonthDay.of(3, 22), MonthDay.of(3, 23)),
    UNITY_DAY(false, MonthDay.of(5, 1)),
    DEFENDER_DAY(false, MonthDay.of(5, 7)),
    VICTORY_DAY(false, MonthDay.of(5, 9)),
    CAPITAL_DAY(false, MonthDay.of(7, 6)),
    CONSTITUTION_DAY(false, MonthDay.of(8, 30)),
    REPUBLIC_DAY(false, MonthDay.of(10, 25)),
    INDEPENDENCE_DAY(false, MonthDay.of(12, 16)),
    /** First day of Kurban Ait: its date follows the lunar calendar and is supplied for each year. */
    KURBAN_AIT(true);

    private final boolean religious;
    private final List<MonthDay> days;

    PublicHoliday(boolean religious, MonthDay... days) {
        this.religious = religious;
        this.days = List.of(days);
    }

    /** True for the religious holidays, which keep no day off when they fall on a Saturday or Sunday. */
    public boolean religious() {
        return religious;
    }

    /** True when the date moves from year to year and must be supplied (Kurban Ait). */
    public boolean movable() {
        return days.isEmpty();
    }

    /** The dates of a fixed holiday in {@code year}; empty for a movable one. */
    public List<LocalDate> datesIn(Year year) {
        return days.stream().map(year::atMonthDay).toList();
    }

    public String nameRu() {
        return Messages.ru(messageKey());
    }

    public String nameKz() {
        return Messages.kk(messageKey());
    }

    /** Resource-bundle key of the holiday's name. */
    public String messageKey() {
        return "holiday." + name();
    }
}

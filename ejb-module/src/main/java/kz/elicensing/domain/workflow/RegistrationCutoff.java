package kz.elicensing.domain.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A provider's office hours for registration: an application received after {@code time} (local time in {@code zone})
 * counts as received the next day (Reg. 003 §5(1): "after 18:00 ... registered on the next working day"). Exactly
 * {@code time} is not after it.
 */
public record RegistrationCutoff(LocalTime time, ZoneId zone) {
    /** The zone of the regulations' local time. */
    public static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    /** 18:00 Almaty time, the regulations' rule and the catalog's default. */
    public static final RegistrationCutoff DEFAULT = new RegistrationCutoff(LocalTime.of(18, 0), ALMATY);

    public RegistrationCutoff {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
    }

    /** The first day {@code receivedAt} may be registered on: its local date, or the day after when after the cut-off. */
    public LocalDate earliestRegistrationDay(Instant receivedAt) {
        ZonedDateTime local = receivedAt.atZone(zone);
        LocalDate day = local.toLocalDate();
        return local.toLocalTime().isAfter(time) ? day.plusDays(1) : day;
    }
}

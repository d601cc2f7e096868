package kz.elicensing.infrastructure.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** The server's one clock counts days in Almaty, whatever the JVM's default zone (user.timezone, TZ). */
class ClockProducerTest {

    @Test
    void theClockIsInAlmaty() {
        Clock clock = new ClockProducer().clock();
        assertEquals(ZoneId.of("Asia/Almaty"), clock.getZone());
        LocalDate before = ZonedDateTime.now(ZoneId.of("Asia/Almaty")).toLocalDate();
        LocalDate today = LocalDate.now(clock);
        LocalDate after = ZonedDateTime.now(ZoneId.of("Asia/Almaty")).toLocalDate();
        assertEquals(true, !today.isBefore(before) && !today.isAfter(after), today + " is Almaty's date");
    }
}

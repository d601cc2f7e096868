package kz.elicensing.domain.message;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import org.junit.jupiter.api.Test;

/** Issue 13, finding 4: the time window of messageDate and wsu:Timestamp, and the ledger retention it implies. */
class MessageWindowTest {
    private static final Instant NOW = Instant.parse("2026-12-05T06:00:00Z");
    private static final MessageWindow WINDOW = new MessageWindow(Duration.ofMinutes(15));

    @Test
    void aDateWithinFifteenMinutesEitherSideIsAccepted() {
        assertDoesNotThrow(() -> WINDOW.check(NOW, null, null, NOW));
        assertDoesNotThrow(() -> WINDOW.check(NOW.minus(Duration.ofMinutes(15)), null, null, NOW));
        assertDoesNotThrow(() -> WINDOW.check(NOW.plus(Duration.ofMinutes(15)), null, null, NOW));
    }

    @Test
    void anOlderOrLaterDateIsExpired() {
        assertEquals(
                ErrorCode.MESSAGE_EXPIRED,
                refusal(NOW.minus(Duration.ofMinutes(15)).minusSeconds(1), null, null));
        assertEquals(
                ErrorCode.MESSAGE_EXPIRED,
                refusal(NOW.plus(Duration.ofMinutes(15)).plusSeconds(1), null, null));
        assertEquals(ErrorCode.MESSAGE_EXPIRED, refusal(Instant.parse("2026-11-23T05:00:00Z"), null, null));
    }

    @Test
    void noDateIsASchemaViolation() {
        assertEquals(ErrorCode.SCHEMA_VIOLATION, refusal(null, null, null));
    }

    @Test
    void theTimestampIsCheckedWhenPresent() {
        assertDoesNotThrow(() -> WINDOW.check(NOW, NOW.minusSeconds(30), NOW.plusSeconds(270), NOW));
        assertEquals(ErrorCode.MESSAGE_EXPIRED, refusal(NOW, NOW.minus(Duration.ofHours(1)), null));
        assertEquals(
                ErrorCode.MESSAGE_EXPIRED,
                refusal(NOW, NOW.minusSeconds(30), NOW.minus(Duration.ofMinutes(16))),
                "Expires passed longer ago than the skew allows");
        assertDoesNotThrow(
                () -> WINDOW.check(NOW, NOW.minusSeconds(60), NOW.minusSeconds(10), NOW),
                "Expires a little in the past is clock skew, within the tolerance");
        assertEquals(ErrorCode.MESSAGE_EXPIRED, refusal(NOW, NOW, NOW.minusSeconds(1)), "Expires before Created");
    }

    @Test
    void theLedgerKeepsRowsAtLeastTwiceTheWindow() {
        assertEquals(Duration.ofMinutes(30), WINDOW.minimumRetention());
        assertEquals(Duration.ofDays(30), WINDOW.retention(Duration.ofDays(30)));
        assertEquals(Duration.ofMinutes(30), WINDOW.retention(Duration.ofMinutes(5)), "a shorter setting is raised");
    }

    @Test
    void aWindowMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new MessageWindow(Duration.ZERO));
    }

    private static ErrorCode refusal(Instant date, Instant created, Instant expires) {
        return assertThrows(ElicensingException.class, () -> WINDOW.check(date, created, expires, NOW))
                .code();
    }
}

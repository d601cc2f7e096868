package kz.elicensing.domain.message;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;

/**
 * Replay protection in time (issue 13, finding 4): a message is accepted only while its signed {@code messageDate} lies
 * within {@link #tolerance()} either side of the server's clock, and, when the WS-Security header has a
 * {@code wsu:Timestamp}, while its Created lies in the same window and its Expires has not passed (the same tolerance
 * for clock skew). Everything else is MESSAGE_EXPIRED.
 */
public record MessageWindow(Duration tolerance) {

    public MessageWindow {
        Objects.requireNonNull(tolerance, "tolerance");
        if (tolerance.isNegative() || tolerance.isZero()) {
            throw new IllegalArgumentException("the message window must be positive: " + tolerance);
        }
    }

    /**
     * How long the idempotency ledger must keep a message's row at least: a message dated {@code d} is accepted from
     * {@code d - tolerance} to {@code d + tolerance}, so a copy can arrive up to twice the tolerance after the first.
     */
    public Duration minimumRetention() {
        return tolerance.multipliedBy(2);
    }

    /** The retention to apply: the configured one, or {@link #minimumRetention()} when that is longer. */
    public Duration retention(Duration configured) {
        return configured.compareTo(minimumRetention()) >= 0 ? configured : minimumRetention();
    }

    /**
     * Refuses (MESSAGE_EXPIRED) a message outside the window at {@code now}; {@code created} and {@code expires} are the
     * header's Timestamp (null when it has none, or no Expires). A missing messageDate is SCHEMA_VIOLATION.
     */
    public void check(Instant messageDate, Instant created, Instant expires, Instant now) {
        if (messageDate == null) {
            throw new ElicensingException(ErrorCode.SCHEMA_VIOLATION, "requestInfo/messageDate is missing");
        }
        if (!within(messageDate, now)) {
            throw new ElicensingException(
                    ErrorCode.MESSAGE_EXPIRED,
                    "messageDate " + messageDate + " is more than " + tolerance + " from the server's time " + now);
        }
        if (created != null && !within(created, now)) {
            throw new ElicensingException(
                    ErrorCode.MESSAGE_EXPIRED,
                    "wsu:Timestamp Created " + created + " is more than " + tolerance + " from the server's time "
                            + now);
        }
        if (expires != null && expires.plus(tolerance).isBefore(now)) {
            throw new ElicensingException(
                    ErrorCode.MESSAGE_EXPIRED,
                    "wsu:Timestamp Expires " + expires + " has passed (server time " + now + ")");
        }
        if (created != null && expires != null && expires.isBefore(created)) {
            throw new ElicensingException(
                    ErrorCode.MESSAGE_EXPIRED,
                    "wsu:Timestamp Expires " + expires + " is before its Created " + created);
        }
    }

    private boolean within(Instant date, Instant now) {
        return !date.isBefore(now.minus(tolerance)) && !date.isAfter(now.plus(tolerance));
    }
}

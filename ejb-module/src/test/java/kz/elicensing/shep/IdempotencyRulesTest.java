package kz.elicensing.shep;

import static kz.elicensing.shep.IdempotencyRules.Next.CLAIM;
import static kz.elicensing.shep.IdempotencyRules.Next.REFUSE_DUPLICATE;
import static kz.elicensing.shep.IdempotencyRules.Next.REPLAY;
import static kz.elicensing.shep.IdempotencyRules.Next.TAKE_OVER;
import static kz.elicensing.shep.IdempotencyRules.Next.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import kz.elicensing.shep.OutboundMessage;
import kz.elicensing.shep.ReceivedMessage;
import org.junit.jupiter.api.Test;

/** What a message whose claim failed does next, row by row. */
class IdempotencyRulesTest {
    private static final Instant NOW = Instant.parse("2026-11-23T05:00:00Z");
    private static final Duration ABANDONED = Duration.ofMinutes(10);
    private static final OutboundMessage ANSWER = new OutboundMessage("SUCCESS", "ok", "<Receipt/>");

    @Test
    void sameContentAnsweredIsReplayed() {
        assertEquals(REPLAY, next(row("h1", NOW.minusSeconds(5), ANSWER), "h1"));
    }

    @Test
    void otherContentIsADuplicateWhetherAnsweredOrNot() {
        assertEquals(REFUSE_DUPLICATE, next(row("h1", NOW, ANSWER), "h2"));
        assertEquals(REFUSE_DUPLICATE, next(row("h1", NOW, null), "h2"));
        assertEquals(REFUSE_DUPLICATE, next(row("h1", NOW.minus(Duration.ofHours(1)), null), "h2"));
    }

    @Test
    void sameContentInProgressWaitsUntilTheClaimIsAbandoned() {
        assertEquals(WAIT, next(row("h1", NOW.minusSeconds(1), null), "h1"));
        assertEquals(WAIT, next(row("h1", NOW.minus(ABANDONED).plusMillis(1), null), "h1"));
        assertEquals(TAKE_OVER, next(row("h1", NOW.minus(ABANDONED), null), "h1"));
    }

    @Test
    void aReleasedClaimIsClaimedAgain() {
        assertEquals(CLAIM, IdempotencyRules.next(Optional.empty(), "h1", NOW, ABANDONED));
    }

    private static IdempotencyRules.Next next(ReceivedMessage row, String hash) {
        return IdempotencyRules.next(Optional.of(row), hash, NOW, ABANDONED);
    }

    private static ReceivedMessage row(String hash, Instant claimedAt, OutboundMessage answer) {
        return new ReceivedMessage("PORTAL", "m-1", hash, "token", claimedAt, answer);
    }
}

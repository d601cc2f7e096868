package kz.elicensing.domain.message;

import static kz.elicensing.domain.message.IdempotencyRules.Next.CLAIM;
import static kz.elicensing.domain.message.IdempotencyRules.Next.REFUSE_DUPLICATE;
import static kz.elicensing.domain.message.IdempotencyRules.Next.REPLAY;
import static kz.elicensing.domain.message.IdempotencyRules.Next.TAKE_OVER;
import static kz.elicensing.domain.message.IdempotencyRules.Next.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a message whose claim failed does next, row by row. */
class IdempotencyRulesTest {
    private static final Instant NOW = Instant.parse("2026-11-23T05:00:00Z");
    private static final Duration ABANDONED = Duration.ofMinutes(10);

    @Test
    void sameContentAnsweredIsReplayed() {
        assertEquals(REPLAY, next(row("h1", NOW.minusSeconds(5), true), "h1"));
    }

    @Test
    void otherContentIsADuplicateWhetherAnsweredOrNot() {
        assertEquals(REFUSE_DUPLICATE, next(row("h1", NOW, true), "h2"));
        assertEquals(REFUSE_DUPLICATE, next(row("h1", NOW, false), "h2"));
        assertEquals(REFUSE_DUPLICATE, next(row("h1", NOW.minus(Duration.ofHours(1)), false), "h2"));
    }

    @Test
    void sameContentInProgressWaitsUntilTheClaimIsAbandoned() {
        assertEquals(WAIT, next(row("h1", NOW.minusSeconds(1), false), "h1"));
        assertEquals(WAIT, next(row("h1", NOW.minus(ABANDONED).plusMillis(1), false), "h1"));
        assertEquals(TAKE_OVER, next(row("h1", NOW.minus(ABANDONED), false), "h1"));
    }

    @Test
    void aReleasedClaimIsClaimedAgain() {
        assertEquals(CLAIM, IdempotencyRules.next(Optional.empty(), "h1", NOW, ABANDONED));
    }

    private static IdempotencyRules.Next next(LedgerEntry row, String hash) {
        return IdempotencyRules.next(Optional.of(row), hash, NOW, ABANDONED);
    }

    private static LedgerEntry row(String hash, Instant claimedAt, boolean answered) {
        return new LedgerEntry(hash, claimedAt, answered);
    }
}

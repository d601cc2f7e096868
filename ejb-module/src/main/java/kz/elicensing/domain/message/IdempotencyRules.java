package kz.elicensing.domain.message;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Exactly once (contracts.md §1): decides what a message does whose claim failed, from the ledger entry of its sender and messageId. */
public final class IdempotencyRules {

    /** The next step of such a message. */
    public enum Next {
        /** No entry any more (the first one was refused and released): claim again. */
        CLAIM,
        /** Same content, answered: return the stored answer. */
        REPLAY,
        /** Other content under the same messageId: DUPLICATE_MESSAGE_ID. */
        REFUSE_DUPLICATE,
        /** Same content, still being worked on: wait for the answer. */
        WAIT,
        /** Same content, claimed so long ago that its worker is gone: take the claim over. */
        TAKE_OVER
    }

    private IdempotencyRules() {}

    public static Next next(Optional<LedgerEntry> entry, String contentHash, Instant now, Duration abandonedAfter) {
        if (entry.isEmpty()) {
            return Next.CLAIM;
        }
        LedgerEntry e = entry.get();
        if (!e.contentHash().equals(contentHash)) {
            return Next.REFUSE_DUPLICATE;
        }
        if (e.answered()) {
            return Next.REPLAY;
        }
        return e.claimedAt().plus(abandonedAfter).isAfter(now) ? Next.WAIT : Next.TAKE_OVER;
    }
}

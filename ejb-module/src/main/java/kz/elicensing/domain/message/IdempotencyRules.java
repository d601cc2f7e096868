package kz.elicensing.domain.message;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import kz.elicensing.domain.error.ErrorCode;

/** Exactly once (contracts.md §1): decides what a message does whose claim failed, from the ledger entry of its sender and messageId. */
public final class IdempotencyRules {

    /** The next step of such a message. */
    public enum Next {
        /** No entry (none yet, or an earlier copy's refusal released it): claim. */
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

    /**
     * Refusals that say "not now" rather than "no": not remembered, so the same message sent again is worked on afresh.
     * Every other refusal of an authenticated message under its claim is that message's outcome (issue 13): the same
     * sender, messageId and content get it again.
     */
    private static final Set<ErrorCode> RETRYABLE = EnumSet.of(
            ErrorCode.MESSAGE_IN_PROGRESS,
            ErrorCode.REVOCATION_UNKNOWN,
            ErrorCode.UPSTREAM_UNAVAILABLE,
            ErrorCode.RATE_LIMITED,
            ErrorCode.INTERNAL_ERROR,
            ErrorCode.MESSAGE_EXPIRED,
            ErrorCode.RESULT_NOT_READY,
            ErrorCode.CALENDAR_NOT_LOADED,
            ErrorCode.DUPLICATE_MESSAGE_ID);

    private IdempotencyRules() {}

    /** Whether a refusal with this code is kept as the message's outcome (a final refusal) or not (retryable). */
    public static boolean remembered(ErrorCode refusal) {
        return !RETRYABLE.contains(refusal);
    }

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

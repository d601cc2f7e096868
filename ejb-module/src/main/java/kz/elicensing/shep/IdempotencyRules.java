package kz.elicensing.shep;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import kz.elicensing.shep.ReceivedMessage;

/** Decides what a message does whose claim failed, from the ledger row that holds its sender and messageId. */
final class IdempotencyRules {

    /** The next step of such a message. */
    enum Next {
        /** No row any more (the first one was refused and released): claim again. */
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

    private IdempotencyRules() {
    }

    static Next next(Optional<ReceivedMessage> row, String contentHash, Instant now, Duration abandonedAfter) {
        if (row.isEmpty()) {
            return Next.CLAIM;
        }
        ReceivedMessage r = row.get();
        if (!r.contentHash().equals(contentHash)) {
            return Next.REFUSE_DUPLICATE;
        }
        if (r.answered()) {
            return Next.REPLAY;
        }
        return r.claimedAt().plus(abandonedAfter).isAfter(now) ? Next.WAIT : Next.TAKE_OVER;
    }
}

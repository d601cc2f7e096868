package kz.elicensing.domain.message;

import java.time.Instant;

/**
 * What the idempotency ledger knows of one sender's messageId: the hash of its content, since when it is claimed,
 * whether it is answered, and whether that answer was a final refusal (issue 13: a refusal is remembered too).
 */
public record LedgerEntry(String contentHash, Instant claimedAt, boolean answered, boolean refused) {

    /** An entry that is not a remembered refusal. */
    public LedgerEntry(String contentHash, Instant claimedAt, boolean answered) {
        this(contentHash, claimedAt, answered, false);
    }
}

package kz.elicensing.shep;

import java.time.Instant;
import kz.elicensing.domain.message.LedgerEntry;

/**
 * What the ledger holds for one sender's messageId: the hash of the content it came with, who holds the claim on it
 * and since when, and, once answered, the answer.
 */
public record ReceivedMessage(
        String senderId,
        String messageId,
        String contentHash,
        String claimToken,
        Instant claimedAt,
        OutboundMessage answer) {

    /** True once the answer is stored; until then the message is being worked on under {@link #claimToken()}. */
    public boolean answered() {
        return answer != null;
    }

    /** This row as the exactly-once rule reads it. */
    public LedgerEntry entry() {
        return new LedgerEntry(contentHash, claimedAt, answered());
    }
}

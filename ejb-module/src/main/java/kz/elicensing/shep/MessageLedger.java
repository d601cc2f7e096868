package kz.elicensing.shep;

import java.util.Optional;
import kz.elicensing.domain.error.ConcurrentWriteException;

/**
 * The idempotency store: one row per sender and messageId, claimed before the work starts (the database's unique key
 * decides who does it) and holding the answer once given. A claim is released when the work is refused or fails; a
 * final refusal is kept beside it, per content, so the same message sent again gets it again.
 */
public interface MessageLedger {

    /** Claims the message in a transaction of its own; the claim's token, or empty when a row for it exists already. */
    Optional<String> claim(String senderId, String messageId, String serviceId, String contentHash);

    /** The row as committed now (read in a transaction of its own), or empty when there is none. */
    Optional<ReceivedMessage> find(String senderId, String messageId);

    /** Takes over an abandoned claim (its worker died) if it is still the one seen; the new token, or empty. */
    Optional<String> takeOver(ReceivedMessage abandoned);

    /**
     * Stores the answer under the claim, in the caller's transaction (the work's), so work and answer commit together.
     * Throws {@link ConcurrentWriteException} when the work's writes collide with a concurrent message's, and a
     * MESSAGE_IN_PROGRESS refusal when the claim was taken over meanwhile.
     */
    void answer(String senderId, String messageId, String claimToken, OutboundMessage answer);

    /**
     * Keeps a final refusal as the outcome of this sender's messageId with this content and drops the claim, in one
     * transaction of its own: the same message again gets the same refusal ({@link #refusal}); other content under the
     * id (the sender's corrected message) is worked on as before.
     */
    void refuse(String senderId, String messageId, String contentHash, String claimToken, RememberedRefusal refusal);

    /** The final refusal kept for this sender's messageId with this content, if any. */
    Optional<RememberedRefusal> refusal(String senderId, String messageId, String contentHash);

    /** Drops the claim (in a transaction of its own) after a retryable refusal or a failure, so a resend is worked on afresh. */
    void release(String senderId, String messageId, String claimToken);
}

package kz.elicensing.shep;

/** The use cases behind E-licensing's serviceIds, for a message the {@link MessageReceiver} has admitted and claimed. */
public interface MessageService {

    /**
     * Handles one message in the caller's transaction and keeps its envelope in the evidence log in that same
     * transaction; a refusal is an {@code ElicensingException} and leaves nothing stored.
     */
    OutboundMessage handle(InboundMessage message);

    /** Keeps the answer as sent (and a refused request as received) in the evidence log, in a transaction of its own. */
    void recordAnswer(AnsweredMessage answer);

    /** The answer as it goes on the wire: signed with E-licensing's system key (WS-Security, contracts.md §1). */
    byte[] signAnswer(byte[] answer);
}

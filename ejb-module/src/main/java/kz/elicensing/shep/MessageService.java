package kz.elicensing.shep;

/** The use cases behind E-licensing's serviceIds, for a message the {@link MessageReceiver} has admitted and claimed. */
public interface MessageService {

    /**
     * Handles one message in the caller's transaction and keeps its envelope in the evidence log in that same
     * transaction; a refusal is an {@code ElicensingException} and leaves nothing stored.
     */
    OutboundMessage handle(InboundMessage message);
}

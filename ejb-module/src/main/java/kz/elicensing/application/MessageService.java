package kz.elicensing.application;

/** Entry point for every ShEP message E-licensing answers: authenticates the sender and routes by serviceId. */
public interface MessageService {

    /**
     * Handles one message and keeps its envelope in the evidence log in the same transaction; a refusal is an
     * {@code ElicensingException} and leaves nothing stored.
     */
    OutboundMessage handle(InboundMessage message);

    /** Keeps the answer as sent (and a refused request as received) in the evidence log, in a transaction of its own. */
    void recordAnswer(AnsweredMessage answer);

    /** The answer as it goes on the wire: signed with E-licensing's system key (WS-Security, contracts.md §1). */
    byte[] signAnswer(byte[] answer);
}

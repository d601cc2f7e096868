package kz.elicensing.application;

/** Entry point for every ShEP message E-licensing answers: authenticates the sender and routes by serviceId. */
public interface MessageService {

    /** Handles one message; a refusal is an {@code ElicensingException} and leaves nothing stored. */
    OutboundMessage handle(InboundMessage message);
}

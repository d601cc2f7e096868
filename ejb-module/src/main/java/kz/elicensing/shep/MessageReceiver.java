package kz.elicensing.shep;

/**
 * Where every ShEP message to E-licensing enters: admits the sender, then answers each sender's messageId once
 * (contracts.md §1). A resend with the same content gets the first answer again without the work being done again;
 * a resend with other content is refused with DUPLICATE_MESSAGE_ID.
 */
public interface MessageReceiver {

    /** The answer to {@code message}; a refusal is an {@code ElicensingException}, and nothing of a refused message is kept. */
    OutboundMessage receive(InboundMessage message);
}

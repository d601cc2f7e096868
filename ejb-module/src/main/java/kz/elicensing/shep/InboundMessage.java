package kz.elicensing.shep;

import java.time.Instant;

/**
 * A message that reached the SyncChannel: who sent it, for which service, its payload text, the envelope as received,
 * and the {@code messageDate} it carries (inside the signed Body; null when it has none).
 */
public record InboundMessage(
        String senderId,
        String password,
        String messageId,
        String serviceId,
        String language,
        String payload,
        byte[] envelope,
        Instant messageDate) {

    /** A message without a messageDate (tests of the use cases, which never look at it). */
    public InboundMessage(
            String senderId,
            String password,
            String messageId,
            String serviceId,
            String language,
            String payload,
            byte[] envelope) {
        this(senderId, password, messageId, serviceId, language, payload, envelope, null);
    }
}

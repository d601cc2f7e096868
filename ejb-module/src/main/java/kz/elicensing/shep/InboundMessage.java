package kz.elicensing.shep;

/** A message that reached the SyncChannel: who sent it, for which service, its payload text, the envelope as received. */
public record InboundMessage(
        String senderId,
        String password,
        String messageId,
        String serviceId,
        String language,
        String payload,
        byte[] envelope) {}

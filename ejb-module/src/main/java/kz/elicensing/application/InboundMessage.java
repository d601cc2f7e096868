package kz.elicensing.application;

/**
 * A message that reached E-licensing's SyncChannel: who sent it, for which service, its payload text, and the
 * whole envelope exactly as received (kept in the evidence log).
 */
public record InboundMessage(String senderId, String password, String messageId, String serviceId, String language,
                             String payload, byte[] envelope) {
}

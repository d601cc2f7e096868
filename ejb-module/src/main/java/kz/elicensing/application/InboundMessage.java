package kz.elicensing.application;

/** A message that reached E-licensing's SyncChannel: who sent it, for which service, and its payload text. */
public record InboundMessage(String senderId, String password, String messageId, String serviceId, String language,
                             String payload) {
}

package kz.elicensing.application;

import java.time.Instant;

/**
 * What went back on the wire for one inbound message, for the evidence log: the answer's bytes as sent (a SOAP
 * fault or not) and, when the request is not in the log yet (it was refused, so nothing of it was stored), the
 * request's bytes as received. The ids are those the request named.
 */
public record AnsweredMessage(Instant receivedAt, String senderId, String messageId, String serviceId,
                              String applicationNumber, boolean requestKept, byte[] request, boolean fault,
                              byte[] answer) {
}

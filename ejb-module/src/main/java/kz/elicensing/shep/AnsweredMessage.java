package kz.elicensing.shep;

import java.time.Instant;

/** What went back on the wire for one inbound message (with the request, when it was refused and so not kept yet). */
public record AnsweredMessage(
        Instant receivedAt,
        String senderId,
        String messageId,
        String serviceId,
        String applicationNumber,
        boolean requestKept,
        byte[] request,
        boolean fault,
        byte[] answer) {}

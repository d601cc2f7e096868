package kz.elicensing.shep;

import java.time.Instant;

/**
 * What is kept of a message refused before its sender was authenticated: when, from where, how large, its SHA-256,
 * the code of the refusal, and the senderId and messageId it claimed (cut to 100 characters), never the body.
 */
public record RefusedMessage(
        Instant receivedAt,
        String remoteAddress,
        long sizeBytes,
        String sha256,
        String errorCode,
        String claimedSenderId,
        String claimedMessageId) {}

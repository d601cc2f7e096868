package kz.elicensing.domain.evidence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** What is appended to the evidence log: the exact bytes and what they are. */
public record EvidenceRecord(
        Instant at,
        Direction direction,
        EvidenceKind kind,
        String channel,
        String messageId,
        String senderId,
        String applicationNumber,
        byte[] content) {
    /** Longest channel, message id and sender id kept. */
    public static final int MAX_TEXT = 200;
    /** Longest application number kept. */
    public static final int MAX_NUMBER = 40;

    /**
     * {@code channel} is the ShEP serviceId (a decision's: LICENSE or REFUSAL); {@code messageId} and {@code senderId}
     * are those of the exchange's request, so an answer carries the id and sender of what it answers (a decision's
     * sender is who decided). Texts longer than their column are cut (the bytes keep the whole truth); the time is
     * kept to the microsecond, as both databases store it.
     */
    public EvidenceRecord {
        at = Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MICROS);
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(kind, "kind");
        channel = cut(channel, MAX_TEXT);
        messageId = cut(messageId, MAX_TEXT);
        senderId = cut(senderId, MAX_TEXT);
        applicationNumber = cut(applicationNumber, MAX_NUMBER);
        content = Objects.requireNonNull(content, "content").clone();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    /** The same record linked to another application number. */
    public EvidenceRecord forApplication(String number) {
        return new EvidenceRecord(at, direction, kind, channel, messageId, senderId, number, content);
    }
}

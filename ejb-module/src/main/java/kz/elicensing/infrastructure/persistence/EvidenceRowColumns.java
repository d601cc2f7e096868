package kz.elicensing.infrastructure.persistence;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import kz.elicensing.domain.evidence.Direction;
import kz.elicensing.domain.evidence.EvidenceKind;
import kz.elicensing.domain.evidence.EvidenceRecord;

/**
 * The columns an evidence record has both pending ({@code evidence_pending}) and chained ({@code evidence_entry}),
 * mapped once so the two tables' mappings cannot drift apart.
 */
@MappedSuperclass
@Access(AccessType.FIELD)
public abstract class EvidenceRowColumns {
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "direction", nullable = false)
    private Direction direction;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private EvidenceKind kind;

    @Column(name = "channel")
    private String channel;

    @Column(name = "message_id")
    private String messageId;

    @Column(name = "sender_id")
    private String senderId;

    @Column(name = "app_number")
    private String applicationNumber;

    @Column(name = "content_sha256", nullable = false)
    private String contentSha256;

    protected EvidenceRowColumns() {}

    /** The columns of {@code r}, whose content's SHA-256 is {@code contentSha256}. */
    protected EvidenceRowColumns(EvidenceRecord r, String contentSha256) {
        this.recordedAt = r.at();
        this.direction = r.direction();
        this.kind = r.kind();
        this.channel = r.channel();
        this.messageId = r.messageId();
        this.senderId = r.senderId();
        this.applicationNumber = r.applicationNumber();
        this.contentSha256 = contentSha256;
    }

    /** The record these columns describe, with {@code content} as its bytes. */
    protected EvidenceRecord record(byte[] content) {
        return new EvidenceRecord(
                recordedAt, direction, kind, channel, messageId, senderId, applicationNumber, content);
    }

    String contentSha256() {
        return contentSha256;
    }
}

package kz.elicensing.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import kz.elicensing.domain.evidence.Direction;
import kz.elicensing.domain.evidence.EvidenceKind;
import kz.elicensing.domain.evidence.EvidenceRecord;

/** One row of {@code evidence_pending}: an appended record not chained yet, with its content packed. */
@Entity
@Table(name = "evidence_pending")
@NamedQuery(name = "EvidencePendingRow.oldest", query = "SELECT p FROM EvidencePendingRow p ORDER BY p.id")
@NamedQuery(name = "EvidencePendingRow.count", query = "SELECT COUNT(p) FROM EvidencePendingRow p")
public class EvidencePendingRow {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_pending_seq")
    @SequenceGenerator(name = "evidence_pending_seq", sequenceName = "evidence_pending_seq", allocationSize = 50)
    private Long id;

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

    @Column(name = "content", nullable = false)
    private byte[] content;

    @Column(name = "content_sha256", nullable = false)
    private String contentSha256;

    protected EvidencePendingRow() {}

    /** The pending row of {@code r}, whose content's SHA-256 is {@code contentSha256}. */
    EvidencePendingRow(EvidenceRecord r, String contentSha256) {
        this.recordedAt = r.at();
        this.direction = r.direction();
        this.kind = r.kind();
        this.channel = r.channel();
        this.messageId = r.messageId();
        this.senderId = r.senderId();
        this.applicationNumber = r.applicationNumber();
        this.content = StoredBytes.pack(r.content());
        this.contentSha256 = contentSha256;
    }

    /** The record as appended (a damaged stored form is returned as it is: its hash then shows the damage). */
    EvidenceRecord record() {
        byte[] raw;
        try {
            raw = StoredBytes.unpack(content);
        } catch (IllegalStateException e) {
            raw = content;
        }
        return new EvidenceRecord(recordedAt, direction, kind, channel, messageId, senderId, applicationNumber, raw);
    }

    String contentSha256() {
        return contentSha256;
    }
}

package kz.elicensing.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import kz.elicensing.domain.evidence.Direction;
import kz.elicensing.domain.evidence.EvidenceEntry;
import kz.elicensing.domain.evidence.EvidenceKind;
import kz.elicensing.domain.evidence.EvidenceRecord;

/**
 * One row of the {@code evidence_entry} table; written once, never updated or deleted by the application. Its content
 * is kept once in {@code evidence_content} under {@code content_sha256} (column {@code content} is null); rows written
 * before that (migration V155) hold their content themselves.
 */
@Entity
@Table(name = "evidence_entry")
@NamedQuery(
        name = "EvidenceEntryRow.page",
        query = "SELECT e FROM EvidenceEntryRow e WHERE e.seq > :after AND e.seq <= :upTo ORDER BY e.seq")
@NamedQuery(
        name = "EvidenceEntryRow.ofApplication",
        query = "SELECT e FROM EvidenceEntryRow e WHERE e.applicationNumber = :number ORDER BY e.seq")
@NamedQuery(name = "EvidenceEntryRow.maxSeq", query = "SELECT MAX(e.seq) FROM EvidenceEntryRow e")
public class EvidenceEntryRow {
    @Id
    @Column(name = "seq")
    private long seq;

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

    @Column(name = "content")
    private byte[] content;

    @Column(name = "content_sha256", nullable = false)
    private String contentSha256;

    @Column(name = "prev_hash", nullable = false)
    private String previousHash;

    @Column(name = "row_hash", nullable = false)
    private String rowHash;

    protected EvidenceEntryRow() {}

    EvidenceEntryRow(EvidenceEntry e) {
        EvidenceRecord r = e.record();
        this.seq = e.seq();
        this.recordedAt = r.at();
        this.direction = r.direction();
        this.kind = r.kind();
        this.channel = r.channel();
        this.messageId = r.messageId();
        this.senderId = r.senderId();
        this.applicationNumber = r.applicationNumber();
        this.content = null;
        this.contentSha256 = e.contentSha256();
        this.previousHash = e.previousHash();
        this.rowHash = e.rowHash();
    }

    /** The entry, with {@code kept} as its content unless the row holds its own (written before V155). */
    EvidenceEntry toEntry(byte[] kept) {
        byte[] bytes = content != null ? content : kept != null ? kept : new byte[0];
        return new EvidenceEntry(
                seq,
                new EvidenceRecord(recordedAt, direction, kind, channel, messageId, senderId, applicationNumber, bytes),
                contentSha256,
                previousHash,
                rowHash);
    }

    long seq() {
        return seq;
    }

    /** Whether the content lies in {@code evidence_content} (rows since V155). */
    boolean contentKeptApart() {
        return content == null;
    }

    String contentSha256() {
        return contentSha256;
    }
}

package kz.elicensing.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import kz.elicensing.domain.evidence.EvidenceEntry;

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
public class EvidenceEntryRow extends EvidenceRowColumns {
    @Id
    @Column(name = "seq")
    private long seq;

    @Column(name = "content")
    private byte[] content;

    @Column(name = "prev_hash", nullable = false)
    private String previousHash;

    @Column(name = "row_hash", nullable = false)
    private String rowHash;

    protected EvidenceEntryRow() {}

    EvidenceEntryRow(EvidenceEntry e) {
        super(e.record(), e.contentSha256());
        this.seq = e.seq();
        this.content = null;
        this.previousHash = e.previousHash();
        this.rowHash = e.rowHash();
    }

    /** The entry, with {@code kept} as its content unless the row holds its own (written before V155). */
    EvidenceEntry toEntry(byte[] kept) {
        byte[] bytes = content != null ? content : kept != null ? kept : new byte[0];
        return new EvidenceEntry(seq, record(bytes), contentSha256(), previousHash, rowHash);
    }

    long seq() {
        return seq;
    }

    /** Whether the content lies in {@code evidence_content} (rows since V155). */
    boolean contentKeptApart() {
        return content == null;
    }
}

package kz.elicensing.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import kz.elicensing.domain.evidence.EvidenceRecord;

/**
 * One row of {@code evidence_pending}: an appended record not chained yet, naming its content (already kept in
 * {@code evidence_content}) by its SHA-256; a row written before V190 holds its content itself, packed.
 */
@Entity
@Table(name = "evidence_pending")
@NamedQuery(name = "EvidencePendingRow.oldest", query = "SELECT p FROM EvidencePendingRow p ORDER BY p.id")
@NamedQuery(name = "EvidencePendingRow.count", query = "SELECT COUNT(p) FROM EvidencePendingRow p")
public class EvidencePendingRow extends EvidenceRowColumns {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_pending_seq")
    @SequenceGenerator(name = "evidence_pending_seq", sequenceName = "evidence_pending_seq", allocationSize = 50)
    private Long id;

    @Column(name = "content")
    private byte[] content;

    protected EvidencePendingRow() {}

    /** The pending row of {@code r}, whose content, kept apart, has the SHA-256 {@code contentSha256}. */
    EvidencePendingRow(EvidenceRecord r, String contentSha256) {
        super(r, contentSha256);
        this.content = null;
    }

    /**
     * The record as appended: its content is the row's own (written before V190; a damaged stored form is returned
     * as it is, its hash then shows the damage), else empty (it lies in {@code evidence_content}).
     */
    EvidenceRecord record() {
        if (content == null) {
            return record(new byte[0]);
        }
        byte[] raw;
        try {
            raw = StoredBytes.unpack(content);
        } catch (IllegalStateException e) {
            raw = content;
        }
        return record(raw);
    }

    /** Whether the row holds its content itself (written before V190), which the chainer then keeps. */
    boolean holdsContent() {
        return content != null;
    }
}

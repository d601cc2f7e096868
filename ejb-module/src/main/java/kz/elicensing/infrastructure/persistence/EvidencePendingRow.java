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

/** One row of {@code evidence_pending}: an appended record not chained yet, with its content packed. */
@Entity
@Table(name = "evidence_pending")
@NamedQuery(name = "EvidencePendingRow.oldest", query = "SELECT p FROM EvidencePendingRow p ORDER BY p.id")
@NamedQuery(name = "EvidencePendingRow.count", query = "SELECT COUNT(p) FROM EvidencePendingRow p")
public class EvidencePendingRow extends EvidenceRowColumns {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_pending_seq")
    @SequenceGenerator(name = "evidence_pending_seq", sequenceName = "evidence_pending_seq", allocationSize = 50)
    private Long id;

    @Column(name = "content", nullable = false)
    private byte[] content;

    protected EvidencePendingRow() {}

    /** The pending row of {@code r}, whose content's SHA-256 is {@code contentSha256}. */
    EvidencePendingRow(EvidenceRecord r, String contentSha256) {
        super(r, contentSha256);
        this.content = StoredBytes.pack(r.content());
    }

    /** The record as appended (a damaged stored form is returned as it is: its hash then shows the damage). */
    EvidenceRecord record() {
        byte[] raw;
        try {
            raw = StoredBytes.unpack(content);
        } catch (IllegalStateException e) {
            raw = content;
        }
        return record(raw);
    }
}

package kz.elicensing.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The single row of {@code evidence_head}: the last seq and row hash; the chainer locks it, one chainer at a time. */
@Entity
@Table(name = "evidence_head")
public class EvidenceHeadRow {
    /** The id of the one row. */
    static final int ID = 1;

    @Id
    @Column(name = "id")
    private int id;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_hash", nullable = false)
    private String lastHash;

    protected EvidenceHeadRow() {}

    long lastSeq() {
        return lastSeq;
    }

    String lastHash() {
        return lastHash;
    }

    void advance(long seq, String hash) {
        this.lastSeq = seq;
        this.lastHash = hash;
    }
}

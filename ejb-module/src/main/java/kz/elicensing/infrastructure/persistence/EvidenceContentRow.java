package kz.elicensing.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One row of {@code evidence_content}: a byte sequence of the evidence log, stored once under its SHA-256. */
@Entity
@Table(name = "evidence_content")
@NamedQuery(
        name = "EvidenceContentRow.known",
        query = "SELECT c.sha256 FROM EvidenceContentRow c WHERE c.sha256 IN :hashes")
@NamedQuery(name = "EvidenceContentRow.of", query = "SELECT c FROM EvidenceContentRow c WHERE c.sha256 IN :hashes")
public class EvidenceContentRow {
    @Id
    @Column(name = "sha256")
    private String sha256;

    @Column(name = "size_bytes", nullable = false)
    private int size;

    @Column(name = "content", nullable = false)
    private byte[] content;

    protected EvidenceContentRow() {}

    /** The row of {@code raw}, whose SHA-256 is {@code sha256}: stored packed ({@link StoredBytes}). */
    EvidenceContentRow(String sha256, byte[] raw) {
        this.sha256 = sha256;
        this.size = raw.length;
        this.content = StoredBytes.pack(raw);
    }

    String sha256() {
        return sha256;
    }

    /** The bytes as appended; a damaged stored form is returned as it is (its hash then shows the damage). */
    byte[] raw() {
        try {
            return StoredBytes.unpack(content);
        } catch (IllegalStateException e) {
            return content;
        }
    }
}

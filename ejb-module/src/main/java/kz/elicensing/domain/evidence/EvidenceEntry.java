package kz.elicensing.domain.evidence;

import java.util.Objects;

/** A stored evidence entry: its place in the chain, the record, and the hashes (lower-case hex SHA-256). */
public record EvidenceEntry(
        long seq, EvidenceRecord record, String contentSha256, String previousHash, String rowHash) {

    public EvidenceEntry {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(contentSha256, "contentSha256");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(rowHash, "rowHash");
    }

    /** Whether the content matches its hash and the row hash matches every field (the link to the previous row aside). */
    public boolean intact() {
        return contentSha256.equals(EvidenceChain.sha256Hex(record.content()))
                && rowHash.equals(EvidenceChain.rowHash(seq, record, contentSha256, previousHash));
    }
}

package kz.elicensing.domain.evidence;

/**
 * Verifies the chain row by row in sequence order, so a long log is read in pages: contiguous sequence numbers
 * from 1, each content against its hash, each row against the previous row's hash and its own, and finally the
 * head (the last seq and hash the log says it has).
 */
public final class ChainVerifier {
    private long entries;
    private long lastSeq;
    private String lastHash = EvidenceChain.GENESIS;
    private ChainVerification broken;

    /** Checks the next row; returns false once the chain is broken (the rest need not be read). */
    public boolean accept(EvidenceEntry e) {
        if (broken != null) {
            return false;
        }
        entries++;
        ChainBreak reason = null;
        long at = e.seq();
        if (e.seq() != lastSeq + 1) {
            reason = ChainBreak.SEQUENCE_GAP;
            at = lastSeq + 1;
        } else if (!e.contentSha256().equals(EvidenceChain.sha256Hex(e.record().content()))) {
            reason = ChainBreak.CONTENT_HASH_MISMATCH;
        } else if (!e.previousHash().equals(lastHash)) {
            reason = ChainBreak.PREVIOUS_HASH_MISMATCH;
        } else if (!e.rowHash().equals(EvidenceChain.rowHash(e.seq(), e.record(), e.contentSha256(), e.previousHash()))) {
            reason = ChainBreak.ROW_HASH_MISMATCH;
        }
        if (reason != null) {
            broken = ChainVerification.broken(entries, at, reason, lastSeq, lastHash);
            return false;
        }
        lastSeq = e.seq();
        lastHash = e.rowHash();
        return true;
    }

    /** The result, given the head the log recorded: {@code headSeq} and {@code headHash} of its last append. */
    public ChainVerification finish(long headSeq, String headHash) {
        if (broken != null) {
            return broken;
        }
        if (headSeq != lastSeq) {
            return ChainVerification.broken(entries, Math.min(headSeq, lastSeq) + 1, ChainBreak.HEAD_MISMATCH, lastSeq,
                    lastHash);
        }
        if (!headHash.equals(lastHash)) {
            return ChainVerification.broken(entries, lastSeq, ChainBreak.HEAD_MISMATCH, lastSeq, lastHash);
        }
        return ChainVerification.intact(entries, lastSeq, lastHash);
    }

    /** The result when rows exist beyond the head (written around the log): broken right after the head. */
    public ChainVerification rowsBeyondHead(long headSeq) {
        return broken != null ? broken
                : ChainVerification.broken(entries, headSeq + 1, ChainBreak.HEAD_MISMATCH, lastSeq, lastHash);
    }
}

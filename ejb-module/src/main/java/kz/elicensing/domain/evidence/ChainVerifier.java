package kz.elicensing.domain.evidence;

/** Verifies the chain row by row in seq order (so a long log can be read in pages), then against the head the log recorded. */
public final class ChainVerifier {
    private long entries;
    private long lastSeq;
    private String lastHash = EvidenceChain.GENESIS;
    private ChainVerification broken;

    /**
     * Checks the next row: its seq follows the last one (from 1), its content matches its hash, it points at the
     * previous row's hash, and its own hash matches its fields. Returns false once the chain is broken.
     */
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
        } else if (!e.rowHash()
                .equals(EvidenceChain.rowHash(e.seq(), e.record(), e.contentSha256(), e.previousHash()))) {
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
            return ChainVerification.broken(
                    entries, Math.min(headSeq, lastSeq) + 1, ChainBreak.HEAD_MISMATCH, lastSeq, lastHash);
        }
        if (!headHash.equals(lastHash)) {
            return ChainVerification.broken(entries, lastSeq, ChainBreak.HEAD_MISMATCH, lastSeq, lastHash);
        }
        return ChainVerification.intact(entries, lastSeq, lastHash);
    }

    /** The result when rows exist beyond the head (written around the log): broken right after the head. */
    public ChainVerification rowsBeyondHead(long headSeq) {
        return broken != null
                ? broken
                : ChainVerification.broken(entries, headSeq + 1, ChainBreak.HEAD_MISMATCH, lastSeq, lastHash);
    }
}

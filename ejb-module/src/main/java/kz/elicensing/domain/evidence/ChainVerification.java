package kz.elicensing.domain.evidence;

/** The outcome of verifying the chain: rows read, the first broken seq and why (null when ok), and the last good row. */
public record ChainVerification(
        boolean ok, long entries, Long firstBrokenSeq, ChainBreak reason, long lastSeq, String lastHash) {

    static ChainVerification intact(long entries, long lastSeq, String lastHash) {
        return new ChainVerification(true, entries, null, null, lastSeq, lastHash);
    }

    static ChainVerification broken(long entries, long seq, ChainBreak reason, long lastSeq, String lastHash) {
        return new ChainVerification(false, entries, seq, reason, lastSeq, lastHash);
    }
}

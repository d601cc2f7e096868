package kz.elicensing.domain.evidence;

import java.util.ArrayList;
import java.util.List;

/** The evidence log in a list, for tests: appends and chains at once, and lets a test tamper with its rows and head. */
public class InMemoryEvidenceLog implements EvidenceLog {
    /** The stored rows, in storage order (a test may change, remove, insert or reorder them). */
    public final List<EvidenceEntry> rows = new ArrayList<>();

    public long headSeq;
    public String headHash = EvidenceChain.GENESIS;

    @Override
    public synchronized void append(List<EvidenceRecord> records) {
        for (EvidenceRecord r : records) {
            EvidenceEntry e = EvidenceChain.next(headSeq, headHash, r, EvidenceChain.sha256Hex(r.content()));
            rows.add(e);
            headSeq = e.seq();
            headHash = e.rowHash();
        }
    }

    @Override
    public void appendNow(List<EvidenceRecord> records) {
        append(records);
    }

    /** Chains on append already: nothing is ever pending here. */
    @Override
    public int chainPending() {
        return 0;
    }

    @Override
    public synchronized List<EvidenceEntry> entriesOf(String applicationNumber) {
        return rows.stream()
                .filter(e -> applicationNumber.equals(e.record().applicationNumber()))
                .toList();
    }

    /** Reads the rows in seq order, as the database does. */
    @Override
    public synchronized ChainVerification verify() {
        ChainVerifier verifier = new ChainVerifier();
        List<EvidenceEntry> bySeq = rows.stream()
                .sorted((a, b) -> Long.compare(a.seq(), b.seq()))
                .filter(e -> e.seq() <= headSeq)
                .toList();
        for (EvidenceEntry e : bySeq) {
            if (!verifier.accept(e)) {
                break;
            }
        }
        ChainVerification result = verifier.finish(headSeq, headHash);
        if (result.ok() && rows.stream().anyMatch(e -> e.seq() > headSeq)) {
            return verifier.rowsBeyondHead(headSeq);
        }
        return result;
    }

    /** Every record appended so far, in order. */
    public synchronized List<EvidenceRecord> records() {
        return rows.stream().map(EvidenceEntry::record).toList();
    }
}

package kz.elicensing.domain.evidence;

import java.util.List;

/** The append-only, hash-chained log of every message in and out, every validation report and every decision. */
public interface EvidenceLog {

    /**
     * Appends in the caller's transaction, so the records stand or fall with the business change they record. They
     * are chained (seq and row hash) shortly after the commit, in commit order, by {@link #chainPending}.
     */
    void append(List<EvidenceRecord> records);

    /**
     * Appends in a transaction of its own, committed at once: for bytes that crossed the wire whatever the caller's
     * transaction then does. Takes no lock, so it may be called from any transaction.
     */
    void appendNow(List<EvidenceRecord> records);

    /**
     * Chains a batch of committed records not chained yet, oldest first, in a transaction of its own (one chainer at a
     * time, also across servers); returns how many it chained, 0 when none were pending.
     */
    int chainPending();

    /** The entries linked to an application, in sequence order. */
    List<EvidenceEntry> entriesOf(String applicationNumber);

    /** Verifies the chained entries against the head (records still pending are not part of it yet). */
    ChainVerification verify();
}

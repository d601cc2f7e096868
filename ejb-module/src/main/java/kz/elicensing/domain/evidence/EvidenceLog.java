package kz.elicensing.domain.evidence;

import java.util.List;

/** The append-only, hash-chained log of every message in and out, every validation report and every decision. */
public interface EvidenceLog {

    /** Appends in the caller's transaction, so the entries stand or fall with the business change they record. */
    List<EvidenceEntry> append(List<EvidenceRecord> records);

    /**
     * Appends in a transaction of its own, committed at once: for bytes that crossed the wire whatever the caller's
     * transaction then does. Never call it from a transaction that has already appended (it would wait for itself).
     */
    List<EvidenceEntry> appendNow(List<EvidenceRecord> records);

    /** The entries linked to an application, in sequence order. */
    List<EvidenceEntry> entriesOf(String applicationNumber);

    /** Verifies the whole chain against its head. */
    ChainVerification verify();
}

package kz.elicensing.infrastructure.persistence;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.elicensing.domain.evidence.ChainVerification;
import kz.elicensing.domain.evidence.ChainVerifier;
import kz.elicensing.domain.evidence.EvidenceChain;
import kz.elicensing.domain.evidence.EvidenceEntry;
import kz.elicensing.domain.evidence.EvidenceLog;
import kz.elicensing.domain.evidence.EvidenceRecord;

/**
 * The evidence log in {@code evidence_entry}, each content stored once in {@code evidence_content}; appends insert
 * unchained rows into {@code evidence_pending} without a lock, and the chainer, serialized on a lock of the one
 * {@code evidence_head} row, chains them.
 */
@Stateless
@Local(EvidenceLog.class)
public class JpaEvidenceLog implements EvidenceLog {
    private static final int PAGE = 200;
    /** How many pending rows one chaining transaction moves at most. */
    static final int BATCH = 200;

    @PersistenceContext(unitName = "elicensing")
    EntityManager em;

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void append(List<EvidenceRecord> records) {
        insertPending(records);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void appendNow(List<EvidenceRecord> records) {
        insertPending(records);
    }

    /**
     * Writes the caller's pending changes first (a collision with a concurrent message shows here), then inserts each
     * record unchained into {@code evidence_pending}: no lock, so appends of concurrent transactions never wait on
     * each other, whatever else their transactions then do.
     */
    void insertPending(List<EvidenceRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        try {
            em.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            if (SqlErrors.isConcurrencyConflict(e)) {
                throw new kz.elicensing.domain.error.ConcurrentWriteException(
                        "the change collided with a concurrent message", e);
            }
            throw e;
        }
        for (EvidenceRecord r : records) {
            em.persist(new EvidencePendingRow(r, EvidenceChain.sha256Hex(r.content())));
        }
        em.flush();
    }

    /**
     * Locks the head (only the chainer does: one chainer at a time, across servers), then moves up to a batch of the
     * committed pending rows, oldest id first, into {@code evidence_entry} with seq and hashes, stores their contents
     * once, advances the head and deletes the moved rows: all visible together at the commit.
     */
    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int chainPending() {
        return chainLocked();
    }

    int chainLocked() {
        EvidenceHeadRow head = em.find(EvidenceHeadRow.class, EvidenceHeadRow.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("evidence_head has no row: is migration V4 applied?");
        }
        List<EvidencePendingRow> pending = em.createNamedQuery("EvidencePendingRow.oldest", EvidencePendingRow.class)
                .setMaxResults(BATCH)
                .getResultList();
        if (pending.isEmpty()) {
            return 0;
        }
        List<EvidenceRecord> records =
                pending.stream().map(EvidencePendingRow::record).toList();
        List<String> contentHashes =
                pending.stream().map(EvidencePendingRow::contentSha256).toList();
        keepContents(records, contentHashes);
        for (int i = 0; i < records.size(); i++) {
            EvidenceEntry entry =
                    EvidenceChain.next(head.lastSeq(), head.lastHash(), records.get(i), contentHashes.get(i));
            em.persist(new EvidenceEntryRow(entry));
            head.advance(entry.seq(), entry.rowHash());
            em.remove(pending.get(i));
        }
        em.flush();
        return pending.size();
    }

    /**
     * Stores each content not stored yet, once (packed, {@link StoredBytes}); under the head lock, so two chainers
     * never race to insert the same bytes.
     */
    private void keepContents(List<EvidenceRecord> records, List<String> contentHashes) {
        Map<String, byte[]> missing = new LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            missing.putIfAbsent(contentHashes.get(i), records.get(i).content());
        }
        em.createNamedQuery("EvidenceContentRow.known", String.class)
                .setParameter("hashes", List.copyOf(missing.keySet()))
                .getResultList()
                .forEach(missing::remove);
        missing.forEach((sha, raw) -> em.persist(new EvidenceContentRow(sha, raw)));
    }

    @Override
    public List<EvidenceEntry> entriesOf(String applicationNumber) {
        return withContents(em.createNamedQuery("EvidenceEntryRow.ofApplication", EvidenceEntryRow.class)
                .setParameter("number", applicationNumber)
                .getResultList());
    }

    /** The rows as entries, each with its content (from {@code evidence_content}, one query for all). */
    private List<EvidenceEntry> withContents(List<EvidenceEntryRow> rows) {
        List<String> hashes = rows.stream()
                .filter(EvidenceEntryRow::contentKeptApart)
                .map(EvidenceEntryRow::contentSha256)
                .distinct()
                .toList();
        Map<String, byte[]> contents = new HashMap<>();
        if (!hashes.isEmpty()) {
            for (EvidenceContentRow c : em.createNamedQuery("EvidenceContentRow.of", EvidenceContentRow.class)
                    .setParameter("hashes", hashes)
                    .getResultList()) {
                contents.put(c.sha256(), c.raw());
                em.detach(c);
            }
        }
        List<EvidenceEntry> entries = new ArrayList<>(rows.size());
        for (EvidenceEntryRow row : rows) {
            entries.add(row.toEntry(contents.get(row.contentSha256())));
        }
        return entries;
    }

    /**
     * Reads the head, verifies every row up to it page by page, then checks that no row lies beyond the head: a row
     * becomes visible together with the head that covers it, so MAX(seq) read before the head can never exceed it.
     */
    @Override
    public ChainVerification verify() {
        EvidenceHeadRow head = readHead();
        long headSeq = head.lastSeq();
        String headHash = head.lastHash();
        ChainVerifier verifier = new ChainVerifier();
        long after = 0;
        boolean going = true;
        while (going && after < headSeq) {
            List<EvidenceEntryRow> page = em.createNamedQuery("EvidenceEntryRow.page", EvidenceEntryRow.class)
                    .setParameter("after", after)
                    .setParameter("upTo", headSeq)
                    .setMaxResults(PAGE)
                    .getResultList();
            if (page.isEmpty()) {
                break;
            }
            page.forEach(em::detach);
            for (EvidenceEntry entry : withContents(page)) {
                after = entry.seq();
                if (!verifier.accept(entry)) {
                    going = false;
                    break;
                }
            }
        }
        ChainVerification result = verifier.finish(headSeq, headHash);
        if (!result.ok()) {
            return result;
        }
        Long maxSeq = em.createNamedQuery("EvidenceEntryRow.maxSeq", Long.class).getSingleResult();
        long laterHead = readHead().lastSeq();
        if (maxSeq != null && maxSeq > laterHead) {
            return verifier.rowsBeyondHead(laterHead);
        }
        return result;
    }

    /** The head as committed now (detached, so the next read goes to the database again). */
    private EvidenceHeadRow readHead() {
        EvidenceHeadRow head = em.find(EvidenceHeadRow.class, EvidenceHeadRow.ID);
        if (head == null) {
            throw new IllegalStateException("evidence_head has no row: is migration V4 applied?");
        }
        em.detach(head);
        return head;
    }
}

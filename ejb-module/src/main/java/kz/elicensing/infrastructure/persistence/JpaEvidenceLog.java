package kz.elicensing.infrastructure.persistence;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kz.elicensing.domain.evidence.ChainVerification;
import kz.elicensing.domain.evidence.ChainVerifier;
import kz.elicensing.domain.evidence.EvidenceChain;
import kz.elicensing.domain.evidence.EvidenceEntry;
import kz.elicensing.domain.evidence.EvidenceLog;
import kz.elicensing.domain.evidence.EvidenceRecord;

/**
 * The evidence log in {@code evidence_entry}, each content stored once in {@code evidence_content}; appends store
 * their contents there and insert unchained rows naming them into {@code evidence_pending}, without a lock, and the
 * chainer, serialized on a lock of the one {@code evidence_head} row, chains them.
 */
@Stateless
@Local(EvidenceLog.class)
public class JpaEvidenceLog implements EvidenceLog {
    private static final int PAGE = 200;
    /** How many pending rows one chaining transaction moves at most. */
    static final int BATCH = 200;

    private static final EvidenceAppended APPENDED = new EvidenceAppended();

    @PersistenceContext(unitName = "elicensing")
    EntityManager em;

    /** Wakes the chainer after the appending transaction commits; null outside the server (unit tests). */
    @Inject
    Event<EvidenceAppended> appended;

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
     * Writes the caller's pending changes first (a collision with a concurrent message shows here), then stores each
     * content not stored yet in {@code evidence_content} and inserts each record unchained into
     * {@code evidence_pending}, naming its content: no lock, so appends of concurrent transactions do not wait on each
     * other, whatever else their transactions then do (except two that store the very same bytes at once:
     * {@link #keepContent}).
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
        List<String> hashes = new ArrayList<>(records.size());
        Map<String, byte[]> contents = new TreeMap<>();
        for (EvidenceRecord r : records) {
            String sha256 = EvidenceChain.sha256Hex(r.content());
            hashes.add(sha256);
            contents.putIfAbsent(sha256, r.content());
        }
        contents.forEach(this::keepContent);
        for (int i = 0; i < records.size(); i++) {
            em.persist(new EvidencePendingRow(records.get(i), hashes.get(i)));
        }
        em.flush();
        if (appended != null) {
            appended.fire(APPENDED);
        }
    }

    /**
     * Stores {@code raw} under its SHA-256, packed ({@link StoredBytes}), in the caller's transaction, unless it is
     * stored already: the primary key lets one copy in ({@code ON CONFLICT DO NOTHING}). A copy another transaction is
     * storing at this moment is waited for, then left to it (or stored here, if that transaction rolls back); so the
     * same bytes appended by two transactions at once are the one case where an append waits for another. The
     * contents of one append go in in hash order, so two such appends never wait for each other both ways.
     */
    private void keepContent(String sha256, byte[] raw) {
        em.createNativeQuery("INSERT INTO evidence_content (sha256, size_bytes, content) VALUES (?1, ?2, ?3)"
                        + " ON CONFLICT DO NOTHING")
                .setParameter(1, sha256)
                .setParameter(2, raw.length)
                .setParameter(3, StoredBytes.pack(raw))
                .executeUpdate();
    }

    /**
     * Locks the head (only the chainer does: one chainer at a time, across servers), then moves up to a batch of the
     * committed pending rows, oldest id first, into {@code evidence_entry} with seq and hashes (their contents are
     * stored already; those of rows written before V190 it stores once), advances the head and deletes the moved
     * rows: all visible together at the commit.
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
        keepContentsOfOlderRows(pending);
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
     * Stores the contents that pending rows written before V190 hold themselves, each not stored yet once (packed,
     * {@link StoredBytes}); under the head lock, so two chainers never race to insert the same bytes.
     */
    private void keepContentsOfOlderRows(List<EvidencePendingRow> pending) {
        Map<String, byte[]> missing = new LinkedHashMap<>();
        for (EvidencePendingRow row : pending) {
            if (row.holdsContent()) {
                missing.putIfAbsent(row.contentSha256(), row.record().content());
            }
        }
        if (missing.isEmpty()) {
            return;
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

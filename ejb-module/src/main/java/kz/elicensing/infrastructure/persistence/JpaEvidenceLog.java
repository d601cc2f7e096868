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
 * The evidence log in {@code evidence_entry}, each content stored once in {@code evidence_content}; appends are
 * serialized on a lock of the one {@code evidence_head} row.
 */
@Stateless
@Local(EvidenceLog.class)
public class JpaEvidenceLog implements EvidenceLog {
    private static final int PAGE = 200;

    @PersistenceContext(unitName = "elicensing")
    EntityManager em;

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<EvidenceEntry> append(List<EvidenceRecord> records) {
        return appendLocked(records);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<EvidenceEntry> appendNow(List<EvidenceRecord> records) {
        return appendLocked(records);
    }

    /**
     * Writes the caller's pending changes and hashes the contents first, so the lock covers no more than one
     * SELECT FOR UPDATE, the INSERTs and one UPDATE; and every transaction takes its business rows before the head.
     * The lock is held until the caller's transaction ends: the chain stays linear across transactions, threads
     * and servers on one database.
     */
    List<EvidenceEntry> appendLocked(List<EvidenceRecord> records) {
        if (records.isEmpty()) {
            return List.of();
        }
        try {
            em.flush(); // the business change first: a collision with a concurrent message shows here, before the lock
        } catch (jakarta.persistence.PersistenceException e) {
            if (SqlErrors.isConcurrencyConflict(e)) {
                throw new kz.elicensing.domain.error.ConcurrentWriteException(
                        "the change collided with a concurrent message", e);
            }
            throw e;
        }
        List<String> contentHashes =
                records.stream().map(r -> EvidenceChain.sha256Hex(r.content())).toList();
        EvidenceHeadRow head = em.find(EvidenceHeadRow.class, EvidenceHeadRow.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("evidence_head has no row: is migration V4 applied?");
        }
        keepContents(records, contentHashes);
        List<EvidenceEntry> entries = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            EvidenceEntry entry =
                    EvidenceChain.next(head.lastSeq(), head.lastHash(), records.get(i), contentHashes.get(i));
            em.persist(new EvidenceEntryRow(entry));
            head.advance(entry.seq(), entry.rowHash());
            entries.add(entry);
        }
        em.flush();
        return entries;
    }

    /**
     * Stores each content not stored yet, once (packed, {@link StoredBytes}); under the head lock, so two appends of
     * the same bytes never race to insert them.
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

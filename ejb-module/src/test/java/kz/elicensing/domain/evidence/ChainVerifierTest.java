package kz.elicensing.domain.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Verification finds every kind of tampering, at the first row it touches. */
class ChainVerifierTest {
    private InMemoryEvidenceLog log;

    @BeforeEach
    void tenEntries() {
        log = new InMemoryEvidenceLog();
        for (int i = 1; i <= 10; i++) {
            log.append(List.of(record(i)));
        }
    }

    private static EvidenceRecord record(int i) {
        return new EvidenceRecord(
                Instant.parse("2026-03-02T09:00:00Z").plusSeconds(i),
                i % 2 == 0 ? Direction.OUT : Direction.IN,
                i % 2 == 0 ? EvidenceKind.SOAP_RESPONSE : EvidenceKind.SOAP_REQUEST,
                "ELICENSE_SubmitApplication",
                "m-" + i,
                "PORTAL",
                "EL-2026-0000000" + (i % 3),
                ("<message n=\"" + i + "\"/>").getBytes(StandardCharsets.UTF_8));
    }

    /** The row at seq {@code seq} replaced by {@code e} (storage position seq-1). */
    private void replace(long seq, EvidenceEntry e) {
        log.rows.set((int) seq - 1, e);
    }

    private EvidenceEntry row(long seq) {
        return log.rows.get((int) seq - 1);
    }

    private static EvidenceRecord withSender(EvidenceRecord r, String sender) {
        return new EvidenceRecord(
                r.at(),
                r.direction(),
                r.kind(),
                r.channel(),
                r.messageId(),
                sender,
                r.applicationNumber(),
                r.content());
    }

    private void assertBroken(long seq, ChainBreak reason) {
        ChainVerification v = log.verify();
        assertFalse(v.ok());
        assertEquals(seq, v.firstBrokenSeq());
        assertEquals(reason, v.reason());
    }

    @Test
    void anUntouchedChainVerifies() {
        ChainVerification v = log.verify();
        assertTrue(v.ok());
        assertEquals(10, v.entries());
        assertEquals(10, v.lastSeq());
        assertEquals(log.headHash, v.lastHash());
        assertNull(v.firstBrokenSeq());
        assertNull(v.reason());
    }

    @Test
    void anEmptyChainVerifies() {
        assertTrue(new InMemoryEvidenceLog().verify().ok());
    }

    @Test
    void aChangedByteOfTheContent() {
        EvidenceEntry e = row(4);
        byte[] content = e.record().content().clone();
        content[3] ^= 1;
        EvidenceRecord r = e.record();
        replace(
                4,
                new EvidenceEntry(
                        4,
                        new EvidenceRecord(
                                r.at(),
                                r.direction(),
                                r.kind(),
                                r.channel(),
                                r.messageId(),
                                r.senderId(),
                                r.applicationNumber(),
                                content),
                        e.contentSha256(),
                        e.previousHash(),
                        e.rowHash()));
        assertBroken(4, ChainBreak.CONTENT_HASH_MISMATCH);
    }

    @Test
    void aChangedContentWithItsHashUpdated() {
        EvidenceEntry e = row(4);
        EvidenceRecord r = e.record();
        byte[] content = "<message n=\"forged\"/>".getBytes(StandardCharsets.UTF_8);
        replace(
                4,
                new EvidenceEntry(
                        4,
                        new EvidenceRecord(
                                r.at(),
                                r.direction(),
                                r.kind(),
                                r.channel(),
                                r.messageId(),
                                r.senderId(),
                                r.applicationNumber(),
                                content),
                        EvidenceChain.sha256Hex(content),
                        e.previousHash(),
                        e.rowHash()));
        assertBroken(4, ChainBreak.ROW_HASH_MISMATCH);
    }

    @Test
    void aChangedField() {
        EvidenceEntry e = row(6);
        replace(
                6,
                new EvidenceEntry(
                        6, withSender(e.record(), "FORGED"), e.contentSha256(), e.previousHash(), e.rowHash()));
        assertBroken(6, ChainBreak.ROW_HASH_MISMATCH);
    }

    @Test
    void aChangedRowWithItsOwnHashRecomputed() {
        EvidenceEntry e = row(6);
        EvidenceRecord forged = withSender(e.record(), "FORGED");
        replace(
                6,
                new EvidenceEntry(
                        6,
                        forged,
                        e.contentSha256(),
                        e.previousHash(),
                        EvidenceChain.rowHash(6, forged, e.contentSha256(), e.previousHash())));
        assertBroken(7, ChainBreak.PREVIOUS_HASH_MISMATCH);
    }

    @Test
    void aDeletedRow() {
        log.rows.remove(4);
        assertBroken(5, ChainBreak.SEQUENCE_GAP);
    }

    @Test
    void aDeletedRowWithTheRestRenumbered() {
        log.rows.remove(4);
        for (int i = 4; i < log.rows.size(); i++) {
            EvidenceEntry e = log.rows.get(i);
            log.rows.set(
                    i, new EvidenceEntry(e.seq() - 1, e.record(), e.contentSha256(), e.previousHash(), e.rowHash()));
        }
        log.headSeq--;
        assertBroken(5, ChainBreak.PREVIOUS_HASH_MISMATCH);
    }

    @Test
    void reorderedRows() {
        EvidenceEntry third = row(3);
        EvidenceEntry fourth = row(4);
        replace(
                3,
                new EvidenceEntry(3, fourth.record(), fourth.contentSha256(), fourth.previousHash(), fourth.rowHash()));
        replace(4, new EvidenceEntry(4, third.record(), third.contentSha256(), third.previousHash(), third.rowHash()));
        assertBroken(3, ChainBreak.PREVIOUS_HASH_MISMATCH);
    }

    @Test
    void reorderedRowsInStorageOnly() {
        Collections.swap(log.rows, 2, 7);
        assertTrue(log.verify().ok(), "rows are read in seq order, wherever they are stored");
    }

    @Test
    void anInsertedRow() {
        EvidenceEntry before = row(5);
        EvidenceRecord forged = record(99);
        EvidenceEntry inserted =
                EvidenceChain.next(5, before.rowHash(), forged, EvidenceChain.sha256Hex(forged.content()));
        log.rows.add(5, inserted);
        for (int i = 6; i < log.rows.size(); i++) {
            EvidenceEntry e = log.rows.get(i);
            log.rows.set(
                    i, new EvidenceEntry(e.seq() + 1, e.record(), e.contentSha256(), e.previousHash(), e.rowHash()));
        }
        log.headSeq++;
        assertBroken(7, ChainBreak.PREVIOUS_HASH_MISMATCH);
    }

    @Test
    void aRowAddedAtTheEndAroundTheLog() {
        EvidenceRecord forged = record(99);
        log.rows.add(EvidenceChain.next(10, log.headHash, forged, EvidenceChain.sha256Hex(forged.content())));
        assertBroken(11, ChainBreak.HEAD_MISMATCH);
    }

    @Test
    void theLastRowsCutOff() {
        log.rows.remove(9);
        log.rows.remove(8);
        assertBroken(9, ChainBreak.HEAD_MISMATCH);
    }

    @Test
    void theLastRowRewrittenConsistently() {
        EvidenceEntry e = row(10);
        EvidenceRecord forged = withSender(e.record(), "FORGED");
        replace(
                10,
                new EvidenceEntry(
                        10,
                        forged,
                        e.contentSha256(),
                        e.previousHash(),
                        EvidenceChain.rowHash(10, forged, e.contentSha256(), e.previousHash())));
        assertBroken(10, ChainBreak.HEAD_MISMATCH);
    }

    @Test
    void theFirstRowMustFollowGenesis() {
        EvidenceEntry e = row(1);
        replace(
                1,
                new EvidenceEntry(
                        1,
                        e.record(),
                        e.contentSha256(),
                        "1".repeat(64),
                        EvidenceChain.rowHash(1, e.record(), e.contentSha256(), "1".repeat(64))));
        assertBroken(1, ChainBreak.PREVIOUS_HASH_MISMATCH);
    }

    @Test
    void entriesOfAnApplicationAreInSeqOrder() {
        List<EvidenceEntry> entries = log.entriesOf("EL-2026-00000001");
        assertEquals(
                List.of(1L, 4L, 7L, 10L),
                entries.stream().map(EvidenceEntry::seq).toList());
    }
}

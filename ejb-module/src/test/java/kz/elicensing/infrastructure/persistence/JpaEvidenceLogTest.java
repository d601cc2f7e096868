package kz.elicensing.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import kz.elicensing.domain.evidence.ChainBreak;
import kz.elicensing.domain.evidence.ChainVerification;
import kz.elicensing.domain.evidence.Direction;
import kz.elicensing.domain.evidence.EvidenceEntry;
import kz.elicensing.domain.evidence.EvidenceKind;
import kz.elicensing.domain.evidence.EvidenceRecord;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The evidence log on H2 in PostgreSQL mode, schema by the real migrations, mapping and locking by EclipseLink:
 * rows read back verify, concurrent appends stay one linear chain, and tampering in the database is found.
 */
class JpaEvidenceLogTest {
    private JdbcDataSource db;
    private EntityManagerFactory emf;

    @BeforeEach
    void database() {
        db = new JdbcDataSource();
        db.setURL(
                "jdbc:h2:mem:evidence-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000");
        db.setUser("sa");
        db.setPassword("sa");
        DatabaseMigrator.flyway(db, List.of("classpath:db/migration", "classpath:db/demo"))
                .migrate();
        emf = Persistence.createEntityManagerFactory(
                "evidence-test",
                Map.of(
                        "jakarta.persistence.jdbc.driver", "org.h2.Driver",
                        "jakarta.persistence.jdbc.url", db.getURL(),
                        "jakarta.persistence.jdbc.user", "sa",
                        "jakarta.persistence.jdbc.password", "sa"));
    }

    @AfterEach
    void close() throws SQLException {
        emf.close();
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
    }

    /** Runs {@code work} on a log with its own entity manager, in one transaction. */
    private <T> T inTransaction(Function<JpaEvidenceLog, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            JpaEvidenceLog log = new JpaEvidenceLog();
            log.em = em;
            em.getTransaction().begin();
            T result = work.apply(log);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /** Runs {@code work} on a log with its own entity manager, in one transaction. */
    private void run(Consumer<JpaEvidenceLog> work) {
        inTransaction(log -> {
            work.accept(log);
            return null;
        });
    }

    /** Chains everything pending, batch after batch (what the chainer's timer and verify do); returns how many. */
    private long chain() {
        long chained = 0;
        for (int n = inTransaction(JpaEvidenceLog::chainPending);
                n > 0;
                n = inTransaction(JpaEvidenceLog::chainPending)) {
            chained += n;
        }
        return chained;
    }

    private long pendingRows() throws SQLException {
        return count("SELECT COUNT(*) FROM evidence_pending");
    }

    private long count(String query) throws SQLException {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static EvidenceRecord record(String number, String text) {
        return new EvidenceRecord(
                Instant.now(),
                Direction.IN,
                EvidenceKind.SOAP_REQUEST,
                "ELICENSE_SubmitApplication",
                UUID.randomUUID().toString(),
                "PORTAL",
                number,
                ("<m>" + text + " Қазақстан</m>").getBytes(StandardCharsets.UTF_8));
    }

    private ChainVerification verify() {
        chain();
        return inTransaction(JpaEvidenceLog::verify);
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    private void fiveEntries() {
        for (int i = 1; i <= 5; i++) {
            String text = "n" + i;
            String number = i % 2 == 0 ? "EL-2026-00000002" : "EL-2026-00000001";
            run(log -> log.append(List.of(record(number, text))));
        }
        chain();
    }

    @Test
    void rowsReadBackVerify() throws SQLException {
        fiveEntries();
        run(log -> log.append(List.of(
                record("EL-2026-00000001", "a"),
                new EvidenceRecord(
                        Instant.now(),
                        Direction.INTERNAL,
                        EvidenceKind.VALIDATION_REPORT,
                        null,
                        null,
                        null,
                        "EL-2026-00000001",
                        "<report/>".getBytes(StandardCharsets.UTF_8)))));
        assertEquals(2, pendingRows(), "appended, not chained yet");
        assertEquals(2, chain());
        assertEquals(0, pendingRows());
        ChainVerification v = verify();
        assertTrue(v.ok(), v.toString());
        assertEquals(7, v.entries());

        List<EvidenceEntry> ofOne = inTransaction(log -> log.entriesOf("EL-2026-00000001"));
        assertEquals(
                List.of(1L, 3L, 5L, 6L, 7L),
                ofOne.stream().map(EvidenceEntry::seq).toList());
        assertTrue(ofOne.stream().allMatch(EvidenceEntry::intact), "time, texts and bytes survive the round trip");
        assertEquals(v.lastHash(), ofOne.get(4).rowHash());
        assertEquals(EvidenceKind.VALIDATION_REPORT, ofOne.get(4).record().kind());
        assertEquals("<m>a Қазақстан</m>", new String(ofOne.get(3).record().content(), StandardCharsets.UTF_8));
    }

    @Test
    void twoAppendsInOneTransactionContinueTheChain() {
        fiveEntries();
        run(log -> {
            log.append(List.of(record(null, "x")));
            log.append(List.of(record(null, "y")));
        });
        ChainVerification v = verify();
        assertTrue(v.ok(), v.toString());
        assertEquals(7, v.lastSeq());
    }

    @Test
    void aRolledBackAppendLeavesNoTrace() throws SQLException {
        fiveEntries();
        EntityManager em = emf.createEntityManager();
        JpaEvidenceLog log = new JpaEvidenceLog();
        log.em = em;
        em.getTransaction().begin();
        log.append(List.of(record(null, "gone")));
        em.getTransaction().rollback();
        em.close();
        run(l -> l.append(List.of(record(null, "kept"))));
        ChainVerification v = verify();
        assertTrue(v.ok(), v.toString());
        assertEquals(6, v.lastSeq());
        assertEquals(6, count("SELECT COUNT(*) FROM evidence_content"), "no content of the rolled-back append");
    }

    @Test
    void anAppendStoresItsContentOnceAndThePendingRowsOnlyNameIt() throws SQLException {
        run(log -> log.append(List.of(record("EL-2026-00000001", "once"), record("EL-2026-00000001", "once"))));
        assertEquals(1, count("SELECT COUNT(*) FROM evidence_content"), "stored by the append, once");
        assertEquals(2, count("SELECT COUNT(*) FROM evidence_pending WHERE content IS NULL"), "named, not held");
        chain();
        assertEquals(1, count("SELECT COUNT(*) FROM evidence_content"), "the chainer stores nothing more");
        ChainVerification v = verify();
        assertTrue(v.ok(), v.toString());
        assertEquals(2, v.entries());
        for (EvidenceEntry e : inTransaction(log -> log.entriesOf("EL-2026-00000001"))) {
            assertTrue(e.intact());
            assertEquals("<m>once Қазақстан</m>", new String(e.record().content(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void theSameBytesAppendedByTwoTransactionsAtOnceAreStoredOnce() throws Exception {
        sameBytesAtOnce(true);
        assertEquals(1, count("SELECT COUNT(*) FROM evidence_content"));
        ChainVerification v = verify();
        assertTrue(v.ok(), v.toString());
        assertEquals(2, v.entries());
    }

    @Test
    void theSameBytesAppendedWhileAnotherTransactionRollsThemBackAreStored() throws Exception {
        sameBytesAtOnce(false);
        assertEquals(1, count("SELECT COUNT(*) FROM evidence_content"));
        ChainVerification v = verify();
        assertTrue(v.ok(), v.toString());
        assertEquals(1, v.entries());
        EvidenceEntry kept =
                inTransaction(log -> log.entriesOf("EL-2026-00000002")).get(0);
        assertTrue(kept.intact());
        assertEquals("<m>same Қазақстан</m>", new String(kept.record().content(), StandardCharsets.UTF_8));
    }

    /**
     * A first transaction appends some bytes and holds them uncommitted; a second appends the same bytes and waits in
     * its insert of the content (H2 shows the statement running), until the first commits ({@code commitFirst}) or
     * rolls back; then the second commits.
     */
    private void sameBytesAtOnce(boolean commitFirst) throws Exception {
        EntityManager first = emf.createEntityManager();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            JpaEvidenceLog log = new JpaEvidenceLog();
            log.em = first;
            first.getTransaction().begin();
            log.append(List.of(record("EL-2026-00000001", "same")));
            Future<?> second = pool.submit(() -> run(l -> l.append(List.of(record("EL-2026-00000002", "same")))));
            while (!second.isDone()
                    && count("SELECT COUNT(*) FROM information_schema.sessions"
                                    + " WHERE executing_statement LIKE 'INSERT INTO evidence_content%'")
                            == 0) {
                Thread.sleep(10);
            }
            assertFalse(second.isDone(), "the second append waits for the first's uncommitted copy");
            if (commitFirst) {
                first.getTransaction().commit();
            } else {
                first.getTransaction().rollback();
            }
            second.get();
        } finally {
            if (first.getTransaction().isActive()) {
                first.getTransaction().rollback();
            }
            first.close();
            pool.shutdown();
        }
    }

    @Test
    void aRowPendingSinceBeforeV190StillChains() throws SQLException {
        fiveEntries();
        run(log -> log.append(List.of(record("EL-2026-00000003", "older"))));
        // as written before V190: the content packed in the pending row, not yet in evidence_content
        sql("UPDATE evidence_pending SET content = (SELECT k.content FROM evidence_content k"
                + " WHERE k.sha256 = evidence_pending.content_sha256)");
        sql("DELETE FROM evidence_content WHERE sha256 = (SELECT content_sha256 FROM evidence_pending)");
        ChainVerification v = verify();
        assertTrue(v.ok(), v.toString());
        assertEquals(6, v.entries());
        assertEquals(6, count("SELECT COUNT(*) FROM evidence_content"), "the chainer stored it");
        EvidenceEntry older =
                inTransaction(log -> log.entriesOf("EL-2026-00000003")).get(0);
        assertTrue(older.intact());
        assertEquals("<m>older Қазақстан</m>", new String(older.record().content(), StandardCharsets.UTF_8));
    }

    @Test
    void concurrentAppendsAndChainersEndInOneUnbrokenChain() throws Exception {
        int threads = 6;
        int each = 20;
        ExecutorService pool = Executors.newFixedThreadPool(threads + 2);
        AtomicBoolean appending = new AtomicBoolean(true);
        try {
            List<Callable<Void>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String number = "EL-2026-0000001" + t;
                work.add(() -> {
                    for (int i = 0; i < each; i++) {
                        String text = number + "/" + i;
                        run(log -> log.append(List.of(record(number, text), record(number, text + "b"))));
                        run(log -> log.appendNow(List.of(record(null, text + "c"))));
                    }
                    return null;
                });
            }
            List<Future<Void>> chainers = new ArrayList<>();
            for (int c = 0; c < 2; c++) {
                // two chainers at once, as on two servers: the head lock lets one chain at a time
                chainers.add(pool.submit(() -> {
                    while (appending.get()) {
                        chain();
                    }
                    return null;
                }));
            }
            for (Future<Void> f : pool.invokeAll(work)) {
                f.get();
            }
            appending.set(false);
            for (Future<Void> f : chainers) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        ChainVerification v = verify();
        assertTrue(v.ok(), v.toString());
        assertEquals(threads * each * 3L, v.entries());
        assertEquals(threads * each * 3L, v.lastSeq());
        assertEquals(0, pendingRows());
        for (int t = 0; t < threads; t++) {
            String number = "EL-2026-0000001" + t;
            List<EvidenceEntry> ofOne = inTransaction(log -> log.entriesOf(number));
            assertEquals(each * 2, ofOne.size());
            for (int i = 0; i < each; i++) {
                // each record once; a transaction's records keep their order (others may fall between them)
                assertEquals(
                        "<m>" + number + "/" + i + " Қазақстан</m>",
                        new String(ofOne.get(2 * i).record().content(), StandardCharsets.UTF_8));
                assertEquals(
                        "<m>" + number + "/" + i + "b Қазақстан</m>",
                        new String(ofOne.get(2 * i + 1).record().content(), StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void anAppendDoesNotWaitForTheChainLock() throws SQLException {
        fiveEntries();
        EntityManager chainer = emf.createEntityManager();
        try {
            chainer.getTransaction().begin();
            // a chainer (or a slow transaction) holds the head lock
            chainer.find(EvidenceHeadRow.class, EvidenceHeadRow.ID, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            run(log -> log.append(List.of(record("EL-2026-00000003", "while locked"))));
            run(log -> log.appendNow(List.of(record("EL-2026-00000003", "now, while locked"))));
            assertEquals(2, pendingRows());
        } finally {
            chainer.getTransaction().rollback();
            chainer.close();
        }
        ChainVerification v = verify();
        assertTrue(v.ok(), v.toString());
        assertEquals(7, v.lastSeq());
        assertEquals(0, pendingRows());
    }

    @Test
    void aPendingRowIsNotABreak() throws SQLException {
        fiveEntries();
        run(log -> log.append(List.of(record("EL-2026-00000003", "pending"))));
        ChainVerification v = inTransaction(JpaEvidenceLog::verify);
        assertTrue(v.ok(), v.toString());
        assertEquals(5, v.lastSeq());
        assertEquals(1, pendingRows());
    }

    @Test
    void aChangedByteInTheDatabaseIsFound() throws SQLException {
        fiveEntries();
        byte[] content;
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT k.content FROM evidence_content k JOIN evidence_entry e"
                        + " ON e.content_sha256 = k.sha256 WHERE e.seq = 3")) {
            rs.next();
            content = rs.getBytes(1);
        }
        content[4] ^= 1;
        try (Connection c = db.getConnection();
                var update = c.prepareStatement("UPDATE evidence_content SET content = ? WHERE sha256 ="
                        + " (SELECT content_sha256 FROM evidence_entry WHERE seq = 3)")) {
            update.setBytes(1, content);
            update.executeUpdate();
        }
        assertBroken(3, ChainBreak.CONTENT_HASH_MISMATCH);
    }

    @Test
    void aChangedByteOfAPackedContentIsFound() throws SQLException {
        run(log -> log.append(List.of(record("EL-2026-00000001", "Қазақстан Республикасы ".repeat(200)))));
        chain();
        byte[] stored;
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT content FROM evidence_content")) {
            rs.next();
            stored = rs.getBytes(1);
        }
        assertTrue(stored[0] == 0 && stored.length < 2000, "stored deflated: " + stored.length + " bytes");
        stored[20] ^= 0x10;
        try (Connection c = db.getConnection();
                var update = c.prepareStatement("UPDATE evidence_content SET content = ?")) {
            update.setBytes(1, stored);
            update.executeUpdate();
        }
        assertBroken(1, ChainBreak.CONTENT_HASH_MISMATCH);
    }

    @Test
    void eachContentIsStoredOnceAndPacked() throws SQLException {
        String big = "<заявление>" + "Қазақстан Республикасы, Алматы қ. ".repeat(500) + "</заявление>";
        run(log -> log.append(List.of(record("EL-2026-00000001", big), record("EL-2026-00000001", big))));
        run(log -> log.append(List.of(record("EL-2026-00000002", big))));
        chain();
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT COUNT(*), SUM(OCTET_LENGTH(content)), SUM(size_bytes)" + " FROM evidence_content")) {
            rs.next();
            assertEquals(1, rs.getLong(1), "three entries of the same bytes, one stored content");
            assertTrue(rs.getLong(2) * 10 < rs.getLong(3), rs.getLong(2) + " bytes stored for " + rs.getLong(3));
        }
        ChainVerification v = verify();
        assertTrue(v.ok(), v.toString());
        assertEquals(3, v.entries());
        List<EvidenceEntry> two = inTransaction(log -> log.entriesOf("EL-2026-00000002"));
        assertEquals(1, two.size());
        assertTrue(two.get(0).intact());
        assertEquals(
                "<m>" + big + " Қазақстан</m>", new String(two.get(0).record().content(), StandardCharsets.UTF_8));
    }

    @Test
    void aRowWrittenBeforeContentsWereKeptApartStillVerifies() throws SQLException {
        fiveEntries();
        // a row as written before V155: its content in the row itself, none in evidence_content
        sql("UPDATE evidence_entry SET content = (SELECT k.content FROM evidence_content k WHERE k.sha256 ="
                + " evidence_entry.content_sha256) WHERE seq = 2");
        sql("DELETE FROM evidence_content WHERE sha256 = (SELECT content_sha256 FROM evidence_entry WHERE seq = 2)");
        ChainVerification v = verify();
        assertTrue(v.ok(), v.toString());
        assertEquals(5, v.entries());
    }

    @Test
    void aChangedFieldInTheDatabaseIsFound() throws SQLException {
        fiveEntries();
        sql("UPDATE evidence_entry SET app_number = 'EL-2026-99999999' WHERE seq = 2");
        assertBroken(2, ChainBreak.ROW_HASH_MISMATCH);
    }

    @Test
    void aChangedTimeInTheDatabaseIsFound() throws SQLException {
        fiveEntries();
        sql("UPDATE evidence_entry SET recorded_at = recorded_at + INTERVAL '1' SECOND WHERE seq = 4");
        assertBroken(4, ChainBreak.ROW_HASH_MISMATCH);
    }

    @Test
    void aDeletedRowIsFound() throws SQLException {
        fiveEntries();
        sql("DELETE FROM evidence_entry WHERE seq = 2");
        assertBroken(2, ChainBreak.SEQUENCE_GAP);
    }

    @Test
    void reorderedRowsAreFound() throws SQLException {
        fiveEntries();
        sql("UPDATE evidence_entry SET seq = 100 WHERE seq = 2");
        sql("UPDATE evidence_entry SET seq = 2 WHERE seq = 3");
        sql("UPDATE evidence_entry SET seq = 3 WHERE seq = 100");
        assertBroken(2, ChainBreak.PREVIOUS_HASH_MISMATCH);
    }

    @Test
    void aRowInsertedAfterTheHeadIsFound() throws SQLException {
        fiveEntries();
        sql(
                "INSERT INTO evidence_entry SELECT 6, recorded_at, direction, kind, channel, message_id, sender_id, app_number,"
                        + " content, content_sha256, row_hash, row_hash FROM evidence_entry WHERE seq = 5");
        assertBroken(6, ChainBreak.HEAD_MISMATCH);
    }

    @Test
    void aDeletedLastRowIsFound() throws SQLException {
        fiveEntries();
        sql("DELETE FROM evidence_entry WHERE seq = 5");
        assertBroken(5, ChainBreak.HEAD_MISMATCH);
    }

    private void assertBroken(long seq, ChainBreak reason) {
        ChainVerification v = verify();
        assertFalse(v.ok());
        assertEquals(seq, v.firstBrokenSeq(), v.toString());
        assertEquals(reason, v.reason());
    }
}

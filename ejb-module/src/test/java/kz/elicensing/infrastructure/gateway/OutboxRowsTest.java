package kz.elicensing.infrastructure.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kz.elicensing.application.check.CheckKind;
import kz.elicensing.infrastructure.persistence.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Outbox claims on a real database: a row is one server's at a time, keeps its messageId, and settles only under its claim. */
class OutboxRowsTest {
    private static final Instant NOW = Instant.parse("2026-11-23T05:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(5);

    static List<String> databases() {
        return TestDatabase.kinds();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void onlyDueRowsAreClaimedAndAClaimedRowIsNotDueDuringItsLease(String kind) throws SQLException {
        try (TestDatabase db = TestDatabase.create(kind);
                Connection c = db.connect()) {
            long due = insert(c, "m-due", "PENDING", NOW.minusSeconds(1));
            insert(c, "m-later", "PENDING", NOW.plusSeconds(60));
            insert(c, "m-done", "DONE", NOW.minusSeconds(60));
            c.commit();

            List<ClaimedCall> claimed = OutboxRows.claim(c, NOW, NOW.plus(LEASE), "node-a", 10);
            c.commit();
            assertEquals(1, claimed.size());
            ClaimedCall call = claimed.get(0);
            assertEquals(due, call.id());
            assertEquals("m-due", call.messageId());
            assertEquals(CheckKind.PAYMENT, call.kind());
            assertEquals(1, call.attempts());
            assertEquals(1, call.version());
            assertEquals("node-a", column(c, due, "claimed_by"));

            assertTrue(
                    OutboxRows.claim(c, NOW.plusSeconds(1), NOW.plus(LEASE), "node-b", 10)
                            .isEmpty(),
                    "leased");
            assertEquals(
                    List.of("m-due", "m-later"),
                    OutboxRows.claim(c, NOW.plus(LEASE), NOW.plus(LEASE).plus(LEASE), "node-b", 10).stream()
                            .map(ClaimedCall::messageId)
                            .toList(),
                    "due again when the lease runs out (its server died)");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void everyRetryUsesTheSameMessageId(String kind) throws SQLException {
        try (TestDatabase db = TestDatabase.create(kind);
                Connection c = db.connect()) {
            insert(c, "m-1", "PENDING", NOW);
            c.commit();
            Instant t = NOW;
            List<String> messageIds = new ArrayList<>();
            for (int attempt = 1; attempt <= 3; attempt++) {
                ClaimedCall call =
                        OutboxRows.claim(c, t, t.plus(LEASE), "node-a", 10).get(0);
                assertEquals(attempt, call.attempts());
                messageIds.add(call.messageId());
                t = Backoff.next(t, call.attempts(), new java.util.Random(7));
                assertTrue(OutboxRows.retryAt(c, call, t, "UPSTREAM_UNAVAILABLE: timeout"));
                c.commit();
            }
            assertEquals(List.of("m-1", "m-1", "m-1"), messageIds);
            assertEquals("UPSTREAM_UNAVAILABLE: timeout", column(c, messageIdRow(c, "m-1"), "last_error"));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aClaimThatRanOutSettlesNothing(String kind) throws SQLException {
        try (TestDatabase db = TestDatabase.create(kind);
                Connection c = db.connect()) {
            long id = insert(c, "m-1", "PENDING", NOW);
            c.commit();
            ClaimedCall slow =
                    OutboxRows.claim(c, NOW, NOW.plus(LEASE), "node-a", 10).get(0);
            c.commit();
            ClaimedCall takenOver = OutboxRows.claim(
                            c, NOW.plus(LEASE), NOW.plus(LEASE).plus(LEASE), "node-b", 10)
                    .get(0);
            c.commit();
            assertEquals(2, takenOver.attempts());
            assertFalse(OutboxRows.done(c, slow), "node-a's lease ran out");
            assertFalse(OutboxRows.retryAt(c, slow, NOW, "late"));
            assertFalse(OutboxRows.fail(c, slow, "late"));
            assertTrue(OutboxRows.done(c, takenOver));
            c.commit();
            assertEquals("DONE", column(c, id, "state"));
            assertFalse(OutboxRows.done(c, takenOver), "settled once");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theLastFailureMarksTheRowFailed(String kind) throws SQLException {
        try (TestDatabase db = TestDatabase.create(kind);
                Connection c = db.connect()) {
            long id = insert(c, "m-1", "PENDING", NOW);
            ClaimedCall call =
                    OutboxRows.claim(c, NOW, NOW.plus(LEASE), "node-a", 10).get(0);
            assertTrue(OutboxRows.fail(c, call, "gave up"));
            c.commit();
            assertEquals("FAILED", column(c, id, "state"));
            assertTrue(OutboxRows.claim(c, NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(2)), "node-a", 10)
                    .isEmpty());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aSecondServerGetsTheRowsTheFirstDoesNotHold(String kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind);
                Connection a = db.connect();
                Connection b = db.connect()) {
            for (int i = 0; i < 20; i++) {
                insert(a, "m-" + i, "PENDING", NOW.minusSeconds(20 - i));
            }
            a.commit();
            List<ClaimedCall> byA = OutboxRows.claim(a, NOW, NOW.plus(LEASE), "node-a", 10);
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<List<ClaimedCall>> byB =
                        pool.submit(() -> OutboxRows.claim(b, NOW, NOW.plus(LEASE), "node-b", 20));
                List<ClaimedCall> claimedByB;
                if ("postgres".equals(kind)) {
                    // node-a has not committed: FOR UPDATE SKIP LOCKED passes over its rows at once (a cluster's
                    // nodes drain side by side); without SKIP LOCKED node-b would wait here for node-a's commit
                    claimedByB = byB.get(10, TimeUnit.SECONDS);
                    a.commit();
                } else {
                    Thread.sleep(300);
                    assertFalse(byB.isDone(), "on H2 node-b waits on the rows node-a has claimed but not committed");
                    a.commit();
                    claimedByB = byB.get(10, TimeUnit.SECONDS);
                }
                b.commit();
                assertEquals(10, byA.size());
                assertEquals(10, claimedByB.size(), "node-b gets the other ten, none of node-a's");
                Set<String> all = new HashSet<>();
                byA.forEach(call -> all.add(call.messageId()));
                claimedByB.forEach(call -> all.add(call.messageId()));
                assertEquals(20, all.size());
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void fourServersDrainingAtOnceClaimEveryRowExactlyOnce(String kind) throws Exception {
        int rows = 60;
        int servers = 4;
        try (TestDatabase db = TestDatabase.create(kind)) {
            try (Connection c = db.connect()) {
                for (int i = 0; i < rows; i++) {
                    insert(c, "m-" + i, "PENDING", NOW.minusMillis(i));
                }
                c.commit();
            }
            ExecutorService pool = Executors.newFixedThreadPool(servers);
            CountDownLatch start = new CountDownLatch(1);
            try {
                List<Future<List<String>>> drained = new ArrayList<>();
                for (int s = 0; s < servers; s++) {
                    String node = "node-" + s;
                    drained.add(pool.submit(() -> {
                        List<String> mine = new ArrayList<>();
                        try (Connection c = db.connect()) {
                            start.await();
                            for (List<ClaimedCall> batch = claimAndCommit(c, node);
                                    !batch.isEmpty();
                                    batch = claimAndCommit(c, node)) {
                                for (ClaimedCall call : batch) {
                                    mine.add(call.messageId());
                                    assertTrue(OutboxRows.done(c, call));
                                    c.commit();
                                }
                            }
                        }
                        return mine;
                    }));
                }
                start.countDown();
                List<String> all = new ArrayList<>();
                for (Future<List<String>> f : drained) {
                    all.addAll(f.get(60, TimeUnit.SECONDS));
                }
                assertEquals(rows, all.size(), "no row claimed twice");
                assertEquals(rows, new HashSet<>(all).size(), "every row claimed");
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aNoticeRowIsClaimedWithWhatItTellsAndWhenTheChangeWasMade(String kind) throws SQLException {
        try (TestDatabase db = TestDatabase.create(kind);
                Connection c = db.connect()) {
            long check = insert(c, "m-check", "PENDING", NOW);
            long notice = insert(c, "m-notice", "PENDING", NOW);
            try (PreparedStatement ps = c.prepareStatement("UPDATE outbox_message SET kind = 'PORTAL_NOTIFICATION',"
                    + " subject = 'ISSUED', occurred_at = ? WHERE id = ?")) {
                ps.setObject(1, NOW.minusSeconds(5).atOffset(ZoneOffset.UTC));
                ps.setLong(2, notice);
                ps.executeUpdate();
            }
            c.commit();
            List<ClaimedCall> claimed = OutboxRows.claim(c, NOW, NOW.plus(LEASE), "node-a", 10);
            c.commit();
            assertEquals(
                    List.of(check, notice),
                    claimed.stream().map(ClaimedCall::id).toList());
            assertEquals(null, claimed.get(0).subject(), "a check tells nothing");
            ClaimedCall n = claimed.get(1);
            assertEquals(CheckKind.PORTAL_NOTIFICATION, n.kind());
            assertEquals("ISSUED", n.subject());
            assertEquals(NOW.minusSeconds(5), n.occurredAt());
        }
    }

    private static List<ClaimedCall> claimAndCommit(Connection c, String node) throws SQLException {
        List<ClaimedCall> batch = OutboxRows.claim(c, NOW, NOW.plus(LEASE), node, 5);
        c.commit();
        return batch;
    }

    private static long insert(Connection c, String messageId, String state, Instant nextAttempt) throws SQLException {
        long id;
        try (PreparedStatement seq = c.prepareStatement("SELECT nextval('outbox_message_seq')");
                ResultSet rs = seq.executeQuery()) {
            rs.next();
            id = rs.getLong(1);
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO outbox_message (id, message_id, application_number,"
                        + " kind, state, attempts, next_attempt_at, created_at) VALUES (?, ?, 'EL-2026-00000001', 'PAYMENT', ?, 0, ?, ?)")) {
            ps.setLong(1, id);
            ps.setString(2, messageId);
            ps.setString(3, state);
            ps.setObject(4, nextAttempt.atOffset(ZoneOffset.UTC));
            ps.setObject(5, NOW.atOffset(ZoneOffset.UTC));
            ps.executeUpdate();
        }
        return id;
    }

    private static long messageIdRow(Connection c, String messageId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM outbox_message WHERE message_id = ?")) {
            ps.setString(1, messageId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String column(Connection c, long id, String column) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + column + " FROM outbox_message WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}

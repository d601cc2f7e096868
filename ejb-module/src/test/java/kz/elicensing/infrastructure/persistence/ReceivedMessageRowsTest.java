package kz.elicensing.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.infrastructure.config.NodeBoot;
import kz.elicensing.shep.OutboundMessage;
import kz.elicensing.shep.ReceivedMessage;
import kz.elicensing.shep.RememberedRefusal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The ledger's statements on a real database: one claim per key even at once, and nothing without the claim's token. */
class ReceivedMessageRowsTest {
    private static final Instant T0 = Instant.parse("2026-11-23T05:00:00.123456Z");
    private static final NodeBoot ME = new NodeBoot("node-a", "boot-a2");

    static List<String> databases() {
        return TestDatabase.kinds();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aMessageIsClaimedOnceThenAnsweredThenReadBack(String kind) throws SQLException {
        try (TestDatabase db = TestDatabase.create(kind);
                Connection c = db.connect()) {
            assertTrue(ReceivedMessageRows.claim(c, "PORTAL", "m-1", "svc", "h1", "t1", ME, T0));
            c.commit();
            assertFalse(ReceivedMessageRows.claim(c, "PORTAL", "m-1", "svc", "h1", "t2", ME, T0), "the key is taken");
            assertTrue(ReceivedMessageRows.claim(c, "PEP", "m-1", "svc", "h1", "t3", ME, T0), "another sender's id");
            c.commit();

            ReceivedMessage open = ReceivedMessageRows.find(c, "PORTAL", "m-1").orElseThrow();
            assertEquals("h1", open.contentHash());
            assertEquals("t1", open.claimToken());
            assertEquals(T0.truncatedTo(ChronoUnit.MICROS), open.claimedAt());
            assertFalse(open.answered());

            OutboundMessage answer =
                    new OutboundMessage("SUCCESS", "Заявление зарегистрировано", "<Receipt>Қ</Receipt>");
            assertFalse(ReceivedMessageRows.answer(c, "PORTAL", "m-1", "t2", answer, T0), "not with another token");
            assertTrue(ReceivedMessageRows.answer(c, "PORTAL", "m-1", "t1", answer, T0));
            c.commit();
            assertEquals(
                    answer,
                    ReceivedMessageRows.find(c, "PORTAL", "m-1").orElseThrow().answer());
            assertFalse(ReceivedMessageRows.release(c, "PORTAL", "m-1", "t1"), "an answered message stays");
            assertFalse(ReceivedMessageRows.answer(c, "PORTAL", "m-1", "t1", answer, T0), "answered once");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aFinalRefusalIsKeptPerContentAndReadBack(String kind) throws SQLException {
        try (TestDatabase db = TestDatabase.create(kind);
                Connection c = db.connect()) {
            RememberedRefusal refusal = new RememberedRefusal(
                    ErrorCode.SENDER_NOT_ALLOWED, "Отправитель не вправе", "Жіберушінің құқығы жоқ");
            ReceivedMessageRows.refuse(c, "PORTAL", "m-1", "h1", refusal, T0);
            ReceivedMessageRows.refuse(c, "PORTAL", "m-1", "h1", refusal, T0.plusSeconds(1)); // a copy's: ignored
            assertEquals(
                    refusal,
                    ReceivedMessageRows.refusal(c, "PORTAL", "m-1", "h1").orElseThrow());
            assertTrue(ReceivedMessageRows.refusal(c, "PORTAL", "m-1", "h2").isEmpty(), "other content");
            assertTrue(ReceivedMessageRows.refusal(c, "PEP", "m-1", "h1").isEmpty(), "another sender's id");
            assertEquals(1, ReceivedMessageRows.purge(c, T0.plusSeconds(1)));
            assertTrue(ReceivedMessageRows.refusal(c, "PORTAL", "m-1", "h1").isEmpty(), "purged with the ledger");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aReleasedClaimLeavesNothingAndCanBeClaimedAgain(String kind) throws SQLException {
        try (TestDatabase db = TestDatabase.create(kind);
                Connection c = db.connect()) {
            ReceivedMessageRows.claim(c, "PORTAL", "m-1", "svc", "h1", "t1", ME, T0);
            assertFalse(ReceivedMessageRows.release(c, "PORTAL", "m-1", "other"));
            assertTrue(ReceivedMessageRows.release(c, "PORTAL", "m-1", "t1"));
            c.commit();
            assertTrue(ReceivedMessageRows.find(c, "PORTAL", "m-1").isEmpty());
            assertTrue(ReceivedMessageRows.claim(c, "PORTAL", "m-1", "svc", "h2", "t2", ME, T0));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aTakeOverNeedsTheTokenSeenAndLocksTheOldHolderOut(String kind) throws SQLException {
        try (TestDatabase db = TestDatabase.create(kind);
                Connection c = db.connect()) {
            ReceivedMessageRows.claim(c, "PORTAL", "m-1", "svc", "h1", "old", ME, T0);
            c.commit();
            ReceivedMessage seen = ReceivedMessageRows.find(c, "PORTAL", "m-1").orElseThrow();
            Instant later = T0.plusSeconds(900);
            assertTrue(ReceivedMessageRows.takeOver(c, seen, "new", ME, later));
            assertFalse(ReceivedMessageRows.takeOver(c, seen, "third", ME, later), "only one takes over what it saw");
            c.commit();
            assertEquals(
                    later,
                    ReceivedMessageRows.find(c, "PORTAL", "m-1").orElseThrow().claimedAt());
            OutboundMessage answer = new OutboundMessage("SUCCESS", "ok", "<a/>");
            assertFalse(ReceivedMessageRows.answer(c, "PORTAL", "m-1", "old", answer, later));
            assertTrue(ReceivedMessageRows.answer(c, "PORTAL", "m-1", "new", answer, later));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void copiesClaimingAtOnceHaveOneWinnerAndTheOthersWaitForItsCommit(String kind) throws Exception {
        int copies = 8;
        try (TestDatabase db = TestDatabase.create(kind)) {
            ExecutorService pool = Executors.newFixedThreadPool(copies);
            CountDownLatch start = new CountDownLatch(1);
            try {
                List<Future<Boolean>> claims = new ArrayList<>();
                for (int i = 0; i < copies; i++) {
                    String token = "t" + i;
                    claims.add(pool.submit(() -> {
                        try (Connection c = db.connect()) {
                            start.await();
                            boolean won = ReceivedMessageRows.claim(c, "PORTAL", "m-8", "svc", "h", token, ME, T0);
                            Thread.sleep(50); // the winner holds its uncommitted row a moment
                            c.commit();
                            return won;
                        }
                    }));
                }
                start.countDown();
                int winners = 0;
                for (Future<Boolean> f : claims) {
                    winners += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
                }
                assertEquals(1, winners);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aClaimWaitsForAConcurrentUncommittedOneAndWinsIfThatRollsBack(String kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind);
                Connection first = db.connect();
                Connection second = db.connect()) {
            assertTrue(ReceivedMessageRows.claim(first, "PORTAL", "m-1", "svc", "h", "t1", ME, T0));
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<Boolean> waiting =
                        pool.submit(() -> ReceivedMessageRows.claim(second, "PORTAL", "m-1", "svc", "h", "t2", ME, T0));
                Thread.sleep(300);
                assertFalse(waiting.isDone(), "the second insert waits for the first transaction");
                first.rollback();
                assertTrue(waiting.get(10, TimeUnit.SECONDS), "the first rolled back: the second claims");
                second.commit();
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void oldRowsArePurged(String kind) throws SQLException {
        try (TestDatabase db = TestDatabase.create(kind);
                Connection c = db.connect()) {
            ReceivedMessageRows.claim(c, "PORTAL", "old", "svc", "h", "t1", ME, T0);
            ReceivedMessageRows.claim(c, "PORTAL", "new", "svc", "h", "t2", ME, T0.plusSeconds(3600));
            assertEquals(1, ReceivedMessageRows.purge(c, T0.plusSeconds(60)));
            assertTrue(ReceivedMessageRows.find(c, "PORTAL", "old").isEmpty());
            assertTrue(ReceivedMessageRows.find(c, "PORTAL", "new").isPresent());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anAnswerWithoutPayloadIsKeptAsSuch(String kind) throws SQLException {
        try (TestDatabase db = TestDatabase.create(kind);
                Connection c = db.connect()) {
            ReceivedMessageRows.claim(c, "PORTAL", "m-1", "svc", "h", "t1", ME, T0);
            assertTrue(ReceivedMessageRows.answer(
                    c, "PORTAL", "m-1", "t1", new OutboundMessage("APPLICANT_NOT_FOUND", "нет", null), T0));
            OutboundMessage read =
                    ReceivedMessageRows.find(c, "PORTAL", "m-1").orElseThrow().answer();
            assertEquals("APPLICANT_NOT_FOUND", read.statusCode());
            assertNull(read.payload());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aRestartedNodeReleasesOnlyItsEarlierBootsClaims(String kind) throws SQLException {
        NodeBoot before = new NodeBoot("node-a", "boot-a1");
        NodeBoot otherNode = new NodeBoot("node-b", "boot-b1");
        Instant released = T0.minusSeconds(601);
        try (TestDatabase db = TestDatabase.create(kind);
                Connection c = db.connect()) {
            ReceivedMessageRows.claim(c, "PORTAL", "dead", "svc", "h", "t1", before, T0);
            ReceivedMessageRows.claim(c, "PORTAL", "mine", "svc", "h", "t2", ME, T0);
            ReceivedMessageRows.claim(c, "PORTAL", "other", "svc", "h", "t3", otherNode, T0);
            ReceivedMessageRows.claim(c, "PORTAL", "answered", "svc", "h", "t4", before, T0);
            ReceivedMessageRows.answer(c, "PORTAL", "answered", "t4", new OutboundMessage("SUCCESS", "ok", null), T0);
            c.commit();

            assertEquals(1, ReceivedMessageRows.releaseEarlierBoots(c, ME, released));
            c.commit();
            assertEquals(released.truncatedTo(ChronoUnit.MICROS), claimedAt(c, "dead"), "released: taken over at once");
            assertEquals(T0.truncatedTo(ChronoUnit.MICROS), claimedAt(c, "mine"), "this boot's own claim stays");
            assertEquals(T0.truncatedTo(ChronoUnit.MICROS), claimedAt(c, "other"), "another node's claim stays");
            assertEquals(0, ReceivedMessageRows.releaseEarlierBoots(c, ME, released), "once");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aNodeWhoseHeartbeatStoppedLosesItsClaims(String kind) throws SQLException {
        NodeBoot alive = new NodeBoot("node-b", "boot-b1");
        NodeBoot dead = new NodeBoot("node-c", "boot-c1");
        Instant released = T0.minusSeconds(601);
        try (TestDatabase db = TestDatabase.create(kind);
                Connection c = db.connect()) {
            ReceivedMessageRows.beat(c, dead, T0.minusSeconds(60));
            ReceivedMessageRows.beat(c, alive, T0.minusSeconds(60));
            ReceivedMessageRows.beat(c, alive, T0.minusSeconds(2));
            ReceivedMessageRows.claim(c, "PORTAL", "of-alive", "svc", "h", "t1", alive, T0);
            ReceivedMessageRows.claim(c, "PORTAL", "of-dead", "svc", "h", "t2", dead, T0);
            ReceivedMessageRows.claim(c, "PORTAL", "mine", "svc", "h", "t3", ME, T0);
            c.commit();

            assertEquals(1, ReceivedMessageRows.releaseSilentBoots(c, ME, T0.minusSeconds(30), released));
            c.commit();
            assertEquals(released.truncatedTo(ChronoUnit.MICROS), claimedAt(c, "of-dead"));
            assertEquals(
                    T0.truncatedTo(ChronoUnit.MICROS), claimedAt(c, "of-alive"), "a beating node keeps its claims");
            assertEquals(T0.truncatedTo(ChronoUnit.MICROS), claimedAt(c, "mine"), "never this boot's own");
            assertEquals(1, ReceivedMessageRows.forgetHeartbeats(c, T0.minusSeconds(30)), "the dead boot's beat");
        }
    }

    private static Instant claimedAt(Connection c, String messageId) throws SQLException {
        return ReceivedMessageRows.find(c, "PORTAL", messageId).orElseThrow().claimedAt();
    }
}

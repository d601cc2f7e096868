package kz.elicensing.shep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import kz.elicensing.application.sender.SenderDirectory;
import kz.elicensing.domain.error.ConcurrentWriteException;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.signature.SystemCertificate;
import org.junit.jupiter.api.Test;

/**
 * The idempotency rules of contracts.md §1 on the receiver, with a ledger in memory that keeps the database's promise
 * (one insert per key wins) and a use case that counts how often it runs.
 */
class DefaultMessageReceiverTest {
    private static final String SUBMIT = "ELICENSE_SubmitApplication";

    private final MemoryLedger ledger = new MemoryLedger();
    private final CountingService service = new CountingService();
    private final Map<String, Boolean> rights = new ConcurrentHashMap<>();
    private final DefaultMessageReceiver receiver = receiver(Duration.ofSeconds(5));

    @Test
    void theSameMessageTwiceRunsOnceAndGetsTheFirstAnswerAgain() {
        OutboundMessage first = receiver.receive(message("m-1", "<Application>1</Application>", "ru"));
        OutboundMessage second = receiver.receive(message("m-1", "<Application>1</Application>", "kk"));
        assertEquals(1, service.runs.get());
        assertEquals(first, second);
        assertEquals("run 1 ru", second.payload(), "the first answer, not one in the resend's language");
    }

    @Test
    void theSameMessageIdWithOtherContentIsADuplicate() {
        receiver.receive(message("m-1", "<Application>1</Application>", "ru"));
        ElicensingException e = assertThrows(
                ElicensingException.class,
                () -> receiver.receive(message("m-1", "<Application>2</Application>", "ru")));
        assertEquals(ErrorCode.DUPLICATE_MESSAGE_ID, e.code());
        assertEquals(1, service.runs.get());
    }

    @Test
    void aMessageIdIsTheSendersOwn() {
        receiver.receive(message("PORTAL", "m-1", "<Application>1</Application>", "ru"));
        receiver.receive(message("PEP", "m-1", "<Application>2</Application>", "ru"));
        assertEquals(2, service.runs.get());
    }

    @Test
    void eightCopiesAtOnceRunOnceAndAllGetTheSameAnswer() throws Exception {
        service.pause = Duration.ofMillis(150);
        int copies = 8;
        ExecutorService pool = Executors.newFixedThreadPool(copies);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<OutboundMessage>> answers = new ArrayList<>();
            for (int i = 0; i < copies; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return receiver.receive(message("m-8", "<Application>8</Application>", "ru"));
                }));
            }
            start.countDown();
            Set<OutboundMessage> distinct = new HashSet<>();
            for (Future<OutboundMessage> f : answers) {
                distinct.add(f.get(10, TimeUnit.SECONDS));
            }
            assertEquals(1, service.runs.get(), "one copy did the work");
            assertEquals(1, distinct.size(), "every copy got the same answer: " + distinct);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFinalRefusalIsTheOutcomeOfThatMessageButACorrectedOneIsWorkedOn() {
        service.refuseNext = true;
        ElicensingException refused = assertThrows(
                ElicensingException.class,
                () -> receiver.receive(message("m-1", "<Application>tampered</Application>", "ru")));
        assertEquals(ErrorCode.SIGNATURE_INVALID, refused.code());
        assertTrue(ledger.rows.isEmpty(), "the claim is dropped");

        ElicensingException again = assertThrows(
                ElicensingException.class,
                () -> receiver.receive(message("m-1", "<Application>tampered</Application>", "kk")));
        assertEquals(ErrorCode.SIGNATURE_INVALID, again.code(), "the same message gets the same refusal");
        assertEquals(1, service.attempts.get(), "and is not worked on again");

        OutboundMessage answer = receiver.receive(message("m-1", "<Application>1</Application>", "ru"));
        assertEquals("SUCCESS", answer.statusCode(), "a corrected message under the id is worked on");
        assertEquals(
                ErrorCode.SIGNATURE_INVALID,
                assertThrows(
                                ElicensingException.class,
                                () -> receiver.receive(message("m-1", "<Application>tampered</Application>", "ru")))
                        .code(),
                "the refused content stays refused");
        assertEquals(1, service.runs.get());
    }

    @Test
    void aRetryableRefusalIsNotRememberedSoItsResendIsWorkedOn() {
        service.refuseNextWith = ErrorCode.UPSTREAM_UNAVAILABLE;
        ElicensingException refused = assertThrows(
                ElicensingException.class,
                () -> receiver.receive(message("m-1", "<Application>1</Application>", "ru")));
        assertEquals(ErrorCode.UPSTREAM_UNAVAILABLE, refused.code());
        assertTrue(ledger.rows.isEmpty(), "nothing kept of a retryable refusal");

        OutboundMessage answer = receiver.receive(message("m-1", "<Application>1</Application>", "ru"));
        assertEquals("SUCCESS", answer.statusCode(), "the resend is worked on afresh");
        assertEquals(1, service.runs.get());
    }

    /** Issue 13, finding 4: a message refused for want of a right cannot be replayed into success once it is granted. */
    @Test
    void aMessageRefusedForWantOfARightStaysRefusedAfterTheRightIsGranted() {
        rights.put("PORTAL", false);
        ElicensingException refused = assertThrows(
                ElicensingException.class,
                () -> receiver.receive(message("m-7", "<Application>7</Application>", "ru")));
        assertEquals(ErrorCode.SENDER_NOT_ALLOWED, refused.code());

        rights.put("PORTAL", true);
        ElicensingException replayed = assertThrows(
                ElicensingException.class,
                () -> receiver.receive(message("m-7", "<Application>7</Application>", "ru")));
        assertEquals(ErrorCode.SENDER_NOT_ALLOWED, replayed.code(), "the replay gets the first outcome");
        assertEquals(0, service.attempts.get(), "and is not worked on");

        OutboundMessage fresh = receiver.receive(message("m-8", "<Application>7</Application>", "ru"));
        assertEquals("SUCCESS", fresh.statusCode(), "a new messageId is worked on with the right granted");
    }

    /** Issue 13, finding 4: a messageDate outside the window is MESSAGE_EXPIRED; nothing is claimed or run. */
    @Test
    void aMessageDatedOutsideTheWindowIsExpired() {
        Instant old = Instant.now().minus(Duration.ofMinutes(16));
        ElicensingException expired = assertThrows(
                ElicensingException.class,
                () -> receiver.receive(
                        new InboundMessage("PORTAL", "pass", "m-1", SUBMIT, "ru", "<a/>", signedBy("PORTAL"), old)));
        assertEquals(ErrorCode.MESSAGE_EXPIRED, expired.code());
        ElicensingException future = assertThrows(
                ElicensingException.class,
                () -> receiver.receive(new InboundMessage(
                        "PORTAL",
                        "pass",
                        "m-1",
                        SUBMIT,
                        "ru",
                        "<a/>",
                        signedBy("PORTAL"),
                        Instant.now().plus(Duration.ofMinutes(16)))));
        assertEquals(ErrorCode.MESSAGE_EXPIRED, future.code());
        assertTrue(ledger.rows.isEmpty());
        assertEquals(0, service.attempts.get());
        assertEquals("SUCCESS", receiver.receive(message("m-1", "<a/>", "ru")).statusCode(), "a fresh date is fine");
    }

    /** Issue 13, finding 1: an authenticated sender over its rate limit is RATE_LIMITED before its signature is checked. */
    @Test
    void aSenderOverItsRateLimitIsRefused() {
        DefaultMessageReceiver limited = receiver(Duration.ofSeconds(5), 3);
        for (int i = 0; i < 3; i++) {
            limited.receive(message("r-" + i, "<a/>", "ru"));
        }
        ElicensingException e =
                assertThrows(ElicensingException.class, () -> limited.receive(message("r-3", "<a/>", "ru")));
        assertEquals(ErrorCode.RATE_LIMITED, e.code());
        assertEquals(
                "SUCCESS",
                limited.receive(message("PEP", "r-3", "<a/>", "ru")).statusCode(),
                "PEP has a limit of its own");
    }

    @Test
    void aCopyThatFindsTheFirstStillWorkingWaitsThenAnswersMessageInProgress() throws Exception {
        DefaultMessageReceiver impatient = receiver(Duration.ofMillis(200));
        CountDownLatch working = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        service.during = () -> {
            working.countDown();
            await(finish);
        };
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<OutboundMessage> first = pool.submit(() -> impatient.receive(message("m-1", "<a/>", "ru")));
            assertTrue(working.await(5, TimeUnit.SECONDS));
            ElicensingException e =
                    assertThrows(ElicensingException.class, () -> impatient.receive(message("m-1", "<a/>", "ru")));
            assertEquals(ErrorCode.MESSAGE_IN_PROGRESS, e.code());
            finish.countDown();
            OutboundMessage answer = first.get(5, TimeUnit.SECONDS);
            assertEquals(answer, impatient.receive(message("m-1", "<a/>", "ru")), "answered once the first is done");
            assertEquals(1, service.runs.get());
        } finally {
            finish.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void anAbandonedClaimIsTakenOverAndItsOldHolderCannotAnswer() {
        String hash = MessageFingerprint.of(SUBMIT, "<a/>");
        ledger.rows.put(
                new Key("PORTAL", "m-1"),
                new ReceivedMessage(
                        "PORTAL", "m-1", hash, "dead-worker", Instant.now().minus(Duration.ofHours(1)), null));
        OutboundMessage answer = receiver.receive(message("m-1", "<a/>", "ru"));
        assertEquals("run 1 ru", answer.payload());
        ElicensingException late = assertThrows(
                ElicensingException.class,
                () -> ledger.answer("PORTAL", "m-1", "dead-worker", new OutboundMessage("SUCCESS", "late", "late")));
        assertEquals(ErrorCode.MESSAGE_IN_PROGRESS, late.code());
        assertEquals(answer, receiver.receive(message("m-1", "<a/>", "ru")));
    }

    @Test
    void aCollisionWithAConcurrentMessageRunsTheWorkOnceMore() {
        service.collideNext = true;
        OutboundMessage answer = receiver.receive(message("m-1", "<a/>", "ru"));
        assertEquals(2, service.attempts.get(), "run again after the collision");
        assertEquals("run 1 ru", answer.payload(), "the collided run left nothing");
        assertEquals(answer, receiver.receive(message("m-1", "<a/>", "ru")));
    }

    @Test
    void aSecondCollisionIsAnswered() {
        service.collisions = 2;
        assertThrows(ConcurrentWriteException.class, () -> receiver.receive(message("m-1", "<a/>", "ru")));
        assertTrue(ledger.rows.isEmpty());
    }

    @Test
    void admissionComesFirstAndIsNotRemembered() {
        ElicensingException unknown = assertThrows(
                ElicensingException.class,
                () -> receiver.receive(new InboundMessage(
                        "NOBODY", "x", "m-1", SUBMIT, "ru", "<a/>", signedBy("NOBODY"), Instant.now())));
        assertEquals(ErrorCode.SENDER_UNKNOWN, unknown.code());
        ElicensingException longId =
                assertThrows(ElicensingException.class, () -> receiver.receive(message("m".repeat(101), "<a/>", "ru")));
        assertEquals(ErrorCode.SCHEMA_VIOLATION, longId.code());
        ElicensingException noService = assertThrows(
                ElicensingException.class,
                () -> receiver.receive(new InboundMessage(
                        "PORTAL", "pass", "m-1", "ELICENSE_Nothing", "ru", "<a/>", signedBy("PORTAL"), Instant.now())));
        assertEquals(ErrorCode.UNKNOWN_SERVICE, noService.code());
        assertTrue(ledger.rows.isEmpty());
        assertEquals(0, service.attempts.get());
    }

    private DefaultMessageReceiver receiver(Duration answerWait) {
        return receiver(answerWait, 0);
    }

    private DefaultMessageReceiver receiver(Duration answerWait, int senderLimit) {
        DefaultMessageReceiver r = new DefaultMessageReceiver();
        r.senders = new SenderDirectory() {
            @Override
            public boolean authenticate(String senderId, String password) {
                return !"NOBODY".equals(senderId);
            }

            @Override
            public boolean mayCall(String senderId, String serviceId) {
                return rights.getOrDefault(senderId, true);
            }

            @Override
            public boolean signsFor(String senderId, SystemCertificate certificate) {
                return senderId.equals(certificate.commonName());
            }
        };
        r.signatures = new MessageSignatures() {
            @Override
            public SystemCertificate verify(byte[] envelope, Instant at) {
                String signer = new String(envelope, StandardCharsets.UTF_8);
                return new SystemCertificate("CN=" + signer, signer, "000000000000", "00");
            }

            @Override
            public byte[] sign(byte[] envelope) {
                return envelope;
            }
        };
        wire(r, ledger, service, answerWait, senderLimit);
        return r;
    }

    /** The front door's settings of these tests: a 15-minute window, the sender limit given (0: none), no address limit. */
    /** A sender directory that lets every sender in, with every right and any certificate. */
    static final SenderDirectory ANY_SENDER = new SenderDirectory() {
        @Override
        public boolean authenticate(String senderId, String password) {
            return true;
        }

        @Override
        public boolean mayCall(String senderId, String serviceId) {
            return true;
        }

        @Override
        public boolean signsFor(String senderId, SystemCertificate certificate) {
            return true;
        }
    };

    /** Wires a receiver's ledger, settings, clock, front door and work the same way for every receiver test. */
    static void wire(
            DefaultMessageReceiver r,
            MessageLedger ledger,
            MessageService service,
            Duration answerWait,
            int senderLimit) {
        r.ledger = ledger;
        r.settings = new IdempotencySettings() {
            @Override
            public Duration answerWait() {
                return answerWait;
            }

            @Override
            public Duration abandonedClaim() {
                return Duration.ofMinutes(10);
            }
        };
        r.clock = Clock.systemUTC();
        r.frontDoor = frontDoor(senderLimit);
        r.limits = new RateLimits(r.frontDoor, r.clock);
        r.notes = new ExchangeNotes();
        MessageWork work = new MessageWork();
        work.messages = service;
        work.ledger = ledger;
        r.work = work;
    }

    static FrontDoorSettings frontDoor(int senderLimit) {
        return new FrontDoorSettings() {
            @Override
            public int maxEnvelopeBytes() {
                return 1024;
            }

            @Override
            public Duration messageWindow() {
                return Duration.ofMinutes(15);
            }

            @Override
            public Duration rateLimitWindow() {
                return Duration.ofMinutes(1);
            }

            @Override
            public int senderMessagesPerWindow() {
                return senderLimit;
            }

            @Override
            public int addressRefusalsPerWindow() {
                return 0;
            }
        };
    }

    private static InboundMessage message(String messageId, String payload, String lang) {
        return message("PORTAL", messageId, payload, lang);
    }

    private static InboundMessage message(String sender, String messageId, String payload, String lang) {
        return new InboundMessage(sender, "pass", messageId, SUBMIT, lang, payload, signedBy(sender), Instant.now());
    }

    /** The stub signature check reads the signer's CN from the envelope bytes. */
    private static byte[] signedBy(String signer) {
        return signer.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aMessageNotSignedByItsSenderIsRefusedBeforeAnyClaim() {
        ElicensingException e = assertThrows(
                ElicensingException.class,
                () -> receiver.receive(new InboundMessage(
                        "PORTAL", "pass", "m-9", SUBMIT, "ru", "<a/>", signedBy("PEP"), Instant.now())));
        assertEquals(ErrorCode.MESSAGE_SIGNATURE_INVALID, e.code());
        assertTrue(ledger.rows.isEmpty());
        assertEquals(0, service.attempts.get());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A use case that counts its runs; it can refuse, collide, pause or block on request. */
    static final class CountingService implements MessageService {
        final AtomicInteger runs = new AtomicInteger();
        final AtomicInteger attempts = new AtomicInteger();
        volatile Duration pause = Duration.ZERO;
        volatile boolean refuseNext;
        volatile ErrorCode refuseNextWith;
        volatile boolean collideNext;
        volatile int collisions;
        volatile Runnable during = () -> {};

        @Override
        public OutboundMessage handle(InboundMessage message) {
            attempts.incrementAndGet();
            during.run();
            if (!pause.isZero()) {
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (refuseNext) {
                refuseNext = false;
                throw new ElicensingException(ErrorCode.SIGNATURE_INVALID, "tampered");
            }
            if (refuseNextWith != null) {
                ErrorCode code = refuseNextWith;
                refuseNextWith = null;
                throw new ElicensingException(code, "refused on request");
            }
            if (collideNext || collisions > 0) {
                collideNext = false;
                collisions--;
                throw new ConcurrentWriteException("collided", null);
            }
            int run = runs.incrementAndGet();
            return new OutboundMessage("SUCCESS", "ok " + message.language(), "run " + run + " " + message.language());
        }
    }

    record Key(String senderId, String messageId) {}

    /** The ledger's promises without a database: one claim per key, answers and releases only with the claim's token. */
    static final class MemoryLedger implements MessageLedger {
        final Map<Key, ReceivedMessage> rows = new ConcurrentHashMap<>();

        @Override
        public Optional<String> claim(String senderId, String messageId, String serviceId, String contentHash) {
            String token = UUID.randomUUID().toString();
            ReceivedMessage fresh = new ReceivedMessage(senderId, messageId, contentHash, token, Instant.now(), null);
            return rows.putIfAbsent(new Key(senderId, messageId), fresh) == null
                    ? Optional.of(token)
                    : Optional.empty();
        }

        @Override
        public Optional<ReceivedMessage> find(String senderId, String messageId) {
            return Optional.ofNullable(rows.get(new Key(senderId, messageId)));
        }

        @Override
        public Optional<String> takeOver(ReceivedMessage abandoned) {
            String token = UUID.randomUUID().toString();
            return change(
                            abandoned.senderId(),
                            abandoned.messageId(),
                            abandoned.claimToken(),
                            r -> new ReceivedMessage(
                                    r.senderId(), r.messageId(), r.contentHash(), token, Instant.now(), null))
                    ? Optional.of(token)
                    : Optional.empty();
        }

        @Override
        public void answer(String senderId, String messageId, String claimToken, OutboundMessage answer) {
            if (!change(
                    senderId,
                    messageId,
                    claimToken,
                    r -> new ReceivedMessage(
                            r.senderId(), r.messageId(), r.contentHash(), r.claimToken(), r.claimedAt(), answer))) {
                throw new ElicensingException(ErrorCode.MESSAGE_IN_PROGRESS, "claim lost");
            }
        }

        final Map<String, RememberedRefusal> refusals = new ConcurrentHashMap<>();

        @Override
        public void refuse(
                String senderId, String messageId, String contentHash, String claimToken, RememberedRefusal refusal) {
            refusals.putIfAbsent(senderId + "/" + messageId + "/" + contentHash, refusal);
            release(senderId, messageId, claimToken);
        }

        @Override
        public Optional<RememberedRefusal> refusal(String senderId, String messageId, String contentHash) {
            return Optional.ofNullable(refusals.get(senderId + "/" + messageId + "/" + contentHash));
        }

        @Override
        public void release(String senderId, String messageId, String claimToken) {
            change(senderId, messageId, claimToken, r -> null);
        }

        /** Replaces (or with null removes) the unanswered row held with {@code token}; false when there is none. */
        private boolean change(
                String senderId, String messageId, String token, Function<ReceivedMessage, ReceivedMessage> to) {
            boolean[] changed = {false};
            rows.computeIfPresent(new Key(senderId, messageId), (k, r) -> {
                if (r.answered() || !r.claimToken().equals(token)) {
                    return r;
                }
                changed[0] = true;
                return to.apply(r);
            });
            return changed[0];
        }
    }
}

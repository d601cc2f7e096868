package kz.elicensing.shep;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import kz.elicensing.application.ops.LogSafe;
import kz.elicensing.application.sender.SenderDirectory;
import kz.elicensing.domain.error.ConcurrentWriteException;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.message.IdempotencyRules;
import kz.elicensing.domain.message.MessageWindow;
import kz.elicensing.domain.signature.SystemCertificate;

/**
 * Admits a message in the order of docs/shep-profile.md: the sender's password, its rate limit, the envelope's
 * WS-Security signature by the sender's registered certificate (from here on the message is authenticated and kept in
 * full), id, payload and serviceId, the signed messageDate's window ({@link MessageWindow}); then claims its sender and
 * messageId in the ledger (insert first: the unique key picks one winner among concurrent copies), checks the sender's
 * right under the claim and runs it once. A copy that loses the claim answers from the ledger: the stored answer for
 * the same content, DUPLICATE_MESSAGE_ID for other content, and while the winner still works it polls for up to
 * {@link IdempotencySettings#answerWait()}, then answers MESSAGE_IN_PROGRESS (retryable). A final refusal under the
 * claim is kept as the outcome of that sender, messageId and content (the same message again gets it again, issue 13)
 * and the claim dropped, so a corrected message under the id is worked on; a retryable one only drops the claim. Runs
 * outside a transaction: claim, work and release each have their own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultMessageReceiver implements MessageReceiver {
    private static final Logger LOG = Logger.getLogger(DefaultMessageReceiver.class.getName());
    private static final long FIRST_PAUSE_MS = 10;
    private static final long MAX_PAUSE_MS = 200;

    @Inject
    SenderDirectory senders;

    @Inject
    MessageLedger ledger;

    @Inject
    IdempotencySettings settings;

    @Inject
    FrontDoorSettings frontDoor;

    @Inject
    RateLimits limits;

    @Inject
    ExchangeNotes notes;

    @Inject
    Clock clock;

    @EJB
    MessageWork work;

    @Inject
    MessageSignatures signatures;

    @Override
    public OutboundMessage receive(InboundMessage message) {
        MessageAdmission admission = new MessageAdmission(senders);
        admission.authenticate(message);
        if (!limits.senderMayProceed(message.senderId())) {
            throw new ElicensingException(
                    ErrorCode.RATE_LIMITED, message.senderId() + " sent more messages than its rate limit allows");
        }
        checkMessageSignature(message);
        notes.authenticated();
        admission.checkMessage(message);
        checkWindow(message);
        String hash = MessageFingerprint.of(message.serviceId(), message.payload());
        refusedBefore(message, hash);
        long waitUntil = System.nanoTime() + settings.answerWait().toNanos();
        long pause = FIRST_PAUSE_MS;
        boolean rerun = false;
        while (true) {
            boolean pauseFirst = true;
            Optional<String> claim = ledger.claim(message.senderId(), message.messageId(), message.serviceId(), hash);
            if (claim.isEmpty()) {
                Optional<ReceivedMessage> row = ledger.find(message.senderId(), message.messageId());
                switch (IdempotencyRules.next(
                        row.map(ReceivedMessage::entry), hash, clock.instant(), settings.abandonedClaim())) {
                    case REPLAY -> {
                        LOG.info(() -> "messageId=" + LogSafe.of(message.messageId()) + " sender="
                                + LogSafe.of(message.senderId()) + " received again: the first answer is sent again");
                        return row.orElseThrow().answer();
                    }
                    case REFUSE_DUPLICATE ->
                        throw new ElicensingException(
                                ErrorCode.DUPLICATE_MESSAGE_ID,
                                "messageId " + message.messageId() + " of " + message.senderId()
                                        + " came before with other content");
                    case TAKE_OVER -> {
                        claim = ledger.takeOver(row.orElseThrow());
                        claim.ifPresent(
                                t -> LOG.warning(() -> "messageId=" + LogSafe.of(message.messageId()) + " sender="
                                        + LogSafe.of(message.senderId()) + " abandoned claim of "
                                        + row.orElseThrow().claimedAt() + " taken over"));
                    }
                    case CLAIM -> pauseFirst = false;
                    case WAIT -> pauseFirst = true;
                }
            }
            if (claim.isPresent()) {
                try {
                    refusedBefore(message, hash); // a copy's refusal may have been kept since the first look
                    admission.checkRight(message);
                    return work.answer(message, claim.get());
                } catch (ConcurrentWriteException e) {
                    release(message, claim.get());
                    if (rerun) {
                        throw e;
                    }
                    rerun = true;
                    LOG.info(() -> "messageId=" + LogSafe.of(message.messageId())
                            + " collided with a concurrent message: run again");
                    continue;
                } catch (ElicensingException e) {
                    settle(message, hash, claim.get(), e);
                    throw e;
                } catch (RuntimeException e) {
                    release(message, claim.get());
                    throw e;
                }
            }
            if (System.nanoTime() - waitUntil > 0) {
                throw new ElicensingException(
                        ErrorCode.MESSAGE_IN_PROGRESS,
                        "messageId " + message.messageId() + " of " + message.senderId() + " is still being answered");
            }
            if (pauseFirst) {
                sleep(pause, message);
                pause = Math.min(pause * 2, MAX_PAUSE_MS);
            }
        }
    }

    /** The envelope's WS-Security signature verifies, and it was made with the certificate registered for the sender. */
    private void checkMessageSignature(InboundMessage message) {
        if (message.envelope() == null) {
            throw new ElicensingException(ErrorCode.MESSAGE_SIGNATURE_INVALID, "the envelope as received is missing");
        }
        SystemCertificate signer = signatures.verify(message.envelope(), clock.instant());
        if (!senders.signsFor(message.senderId(), signer)) {
            throw new ElicensingException(
                    ErrorCode.MESSAGE_SIGNATURE_INVALID,
                    "the message is signed by " + signer.subject() + ", not by the certificate registered for "
                            + message.senderId());
        }
    }

    /** The signed messageDate, and the header's wsu:Timestamp if any, lie within the window around the clock. */
    private void checkWindow(InboundMessage message) {
        Optional<SecurityTimestamp> timestamp = SecurityTimestamp.of(message.envelope());
        new MessageWindow(frontDoor.messageWindow())
                .check(
                        message.messageDate(),
                        timestamp.map(SecurityTimestamp::created).orElse(null),
                        timestamp.map(SecurityTimestamp::expires).orElse(null),
                        clock.instant());
    }

    /** The same message (sender, messageId, content) was refused before: that refusal again, nothing is worked on. */
    private void refusedBefore(InboundMessage message, String hash) {
        Optional<RememberedRefusal> first = ledger.refusal(message.senderId(), message.messageId(), hash);
        if (first.isPresent()) {
            LOG.info(() -> "messageId=" + LogSafe.of(message.messageId()) + " sender=" + LogSafe.of(message.senderId())
                    + " received again: its first refusal " + first.get().code() + " is sent again");
            throw first.get().again(message.senderId(), message.messageId());
        }
    }

    /** Keeps a final refusal as the message's outcome and drops the claim; after a retryable one only drops it. */
    private void settle(InboundMessage message, String hash, String claimToken, ElicensingException refusal) {
        if (!IdempotencyRules.remembered(refusal.code()) || refusal instanceof RememberedRefusal.ReplayedRefusal) {
            release(message, claimToken);
            return;
        }
        try {
            ledger.refuse(message.senderId(), message.messageId(), hash, claimToken, RememberedRefusal.of(refusal));
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "messageId=" + LogSafe.of(message.messageId()) + " refusal not kept in the ledger",
                    e);
            release(message, claimToken);
        }
    }

    /** Drops the claim so that a resend is worked on afresh; a failure here must not hide the refusal being answered. */
    private void release(InboundMessage message, String claimToken) {
        try {
            ledger.release(message.senderId(), message.messageId(), claimToken);
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "messageId=" + LogSafe.of(message.messageId()) + " claim not released (taken over when abandoned)",
                    e);
        }
    }

    private static void sleep(long millis, InboundMessage message) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ElicensingException(
                    ErrorCode.MESSAGE_IN_PROGRESS,
                    "interrupted while waiting for the answer to " + message.messageId());
        }
    }
}

package kz.elicensing.infrastructure.scheduling;

import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import kz.elicensing.application.check.CheckKind;
import kz.elicensing.application.check.CheckService;
import kz.elicensing.application.notice.NoticeService;
import kz.elicensing.application.ops.LogSafe;
import kz.elicensing.application.ops.MessageLogContext;
import kz.elicensing.domain.application.ApplicantNotice;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.infrastructure.config.ElicensingConfig;
import kz.elicensing.infrastructure.gateway.ClaimedCall;
import kz.elicensing.infrastructure.gateway.OutboxStore;

/**
 * Drains the outbox until nothing is due, right after a transaction that queued rows commits ({@link
 * AfterCommitWakeups}) and every second (retries, expired leases, rows another server queued): claims a batch (safe
 * with several servers on one database), runs each check, settles the row, retries with back-off, and after the last
 * attempt hands the application to an officer (CHECK_FAILED). A portal notice (PORTAL_NOTIFICATION) is sent the same
 * way but never given up: it is retried, under its one messageId, until the portal has it. One drain at a time per
 * server ({@link SerialRun}): a call during a drain returns at once and the drain runs once more.
 */
@Singleton
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxDispatcher {
    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());
    private static final int BATCH = 10;
    /** A tick drains batch after batch until nothing is due, but gives the timer back after this long. */
    private static final Duration MAX_TICK = Duration.ofSeconds(10);
    /** Room in a lease for what a check does besides its gateway call (signing a refusal, the database); the default. */
    static final Duration LEASE_MARGIN = Duration.ofMinutes(1);

    @EJB
    OutboxStore outbox;

    @EJB
    CheckService checks;

    @EJB
    NoticeService notices;

    @Inject
    ElicensingConfig config;

    private final SerialRun serial = new SerialRun();

    /** Drains now, or has the drain running in another thread drain once more (never waits for it). */
    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    public void drain() {
        serial.run(this::drainDue, MAX_TICK);
    }

    private void drainDue() {
        long end = System.nanoTime() + MAX_TICK.toNanos();
        Duration lease = lease(config.gatewayTimeout(), config.outboxLeaseMargin());
        String node = config.nodeName();
        List<ClaimedCall> due = outbox.claimDue(BATCH, lease, node);
        while (!due.isEmpty()) {
            run(due);
            if (System.nanoTime() > end) {
                return;
            }
            due = outbox.claimDue(BATCH, lease, node);
        }
    }

    /** Long enough for a whole batch whose every call runs into both the connect and the receive timeout. */
    static Duration lease(Duration gatewayTimeout) {
        return lease(gatewayTimeout, LEASE_MARGIN);
    }

    /**
     * The batch's worst case plus {@code margin}. It is also how long the rows of a server that died while holding
     * them wait before any server (itself, restarted) tries them again.
     */
    static Duration lease(Duration gatewayTimeout, Duration margin) {
        return gatewayTimeout.multipliedBy(2L * BATCH).plus(margin);
    }

    private void run(List<ClaimedCall> calls) {
        for (ClaimedCall call : calls) {
            // every line logged for this row, here and in the check, carries the row's messageId
            try (MessageLogContext log = MessageLogContext.open(call.messageId(), null, config.gatewaySenderId())) {
                runOne(call);
            }
        }
    }

    private void runOne(ClaimedCall call) {
        try {
            if (call.kind() == CheckKind.PORTAL_NOTIFICATION) {
                notices.send(
                        call.applicationNumber(),
                        ApplicantNotice.valueOf(call.subject()),
                        call.occurredAt(),
                        call.messageId());
            } else {
                checks.runCheck(call.applicationNumber(), call.kind(), call.messageId());
            }
            if (!outbox.done(call)) {
                leaseLost(call);
            }
        } catch (ElicensingException e) {
            settleFailure(call, e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "messageId=" + call.messageId() + " check failed", e);
            settleFailure(call, e.toString());
        }
    }

    private void settleFailure(ClaimedCall call, String error) {
        LOG.warning(() -> "messageId=" + call.messageId() + " " + call.kind() + " for " + call.applicationNumber()
                + " attempt " + call.attempts() + " failed: " + LogSafe.of(error));
        if (call.attempts() < config.outboxMaxAttempts() || call.kind() == CheckKind.PORTAL_NOTIFICATION) {
            // a notice is never given up (none lost): it is tried again, at most Backoff.MAX apart, until delivered
            if (!outbox.retryLater(call, error)) {
                leaseLost(call);
            }
            return;
        }
        try {
            checks.giveUp(call.applicationNumber(), call.kind(), error);
        } catch (RuntimeException e) {
            // the row stays claimed; when its lease ends it is tried once more and given up again
            LOG.log(Level.SEVERE, "messageId=" + call.messageId() + " could not be given up", e);
            return;
        }
        if (!outbox.fail(call, error)) {
            leaseLost(call);
        }
    }

    private static void leaseLost(ClaimedCall call) {
        LOG.warning(() ->
                "messageId=" + call.messageId() + " lease ran out before it was settled; another server holds it");
    }
}

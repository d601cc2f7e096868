package kz.elicensing.infrastructure.scheduling;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import kz.elicensing.application.CheckService;
import kz.elicensing.application.MessageLogContext;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.infrastructure.config.ElicensingConfig;
import kz.elicensing.infrastructure.gateway.OutboxMessage;
import kz.elicensing.infrastructure.gateway.OutboxStore;

/** Drains the outbox every second until nothing is due: runs each check, settles the row, retries with back-off, gives up at the end. */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxDispatcher {
    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());
    private static final int BATCH = 20;
    /** A tick drains batch after batch until nothing is due, but gives the timer back after this long. */
    private static final Duration MAX_TICK = Duration.ofSeconds(10);

    @EJB
    OutboxStore outbox;
    @EJB
    CheckService checks;
    @Inject
    ElicensingConfig config;

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    public void drain() {
        long end = System.nanoTime() + MAX_TICK.toNanos();
        List<OutboxMessage> due = outbox.claimDue(BATCH);
        while (!due.isEmpty()) {
            run(due);
            if (System.nanoTime() > end) {
                return;
            }
            due = outbox.claimDue(BATCH);
        }
    }

    private void run(List<OutboxMessage> rows) {
        for (OutboxMessage row : rows) {
            // every line logged for this row, here and in the check, carries the row's messageId
            try (MessageLogContext log = MessageLogContext.open(row.messageId(), null, config.gatewaySenderId())) {
                runOne(row);
            }
        }
    }

    private void runOne(OutboxMessage row) {
        try {
            checks.runCheck(row.applicationNumber(), row.kind(), row.messageId());
            outbox.done(row.id());
        } catch (ElicensingException e) {
            settleFailure(row, e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "messageId=" + row.messageId() + " check failed", e);
            settleFailure(row, e.toString());
        }
    }

    private void settleFailure(OutboxMessage row, String error) {
        LOG.warning(() -> "messageId=" + row.messageId() + " " + row.kind() + " for " + row.applicationNumber()
                + " attempt " + row.attempts() + " failed: " + error);
        if (!outbox.retryLater(row.id(), error, config.outboxMaxAttempts())) {
            checks.giveUp(row.applicationNumber(), row.kind(), error);
        }
    }
}

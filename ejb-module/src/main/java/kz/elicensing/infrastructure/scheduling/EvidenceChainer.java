package kz.elicensing.infrastructure.scheduling;

import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import kz.elicensing.domain.evidence.EvidenceLog;

/**
 * Chains the pending evidence batch after batch (each batch a transaction of its own under the {@code evidence_head}
 * lock, so one chainer at a time also with several servers on one database): shortly after a transaction that appended
 * commits ({@link AfterCommitWakeups}), and every second as the safety net. One run at a time per server ({@link
 * SerialRun}): a call during a run returns at once and the run chains once more.
 */
@Singleton
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EvidenceChainer {
    private static final Logger LOG = Logger.getLogger(EvidenceChainer.class.getName());
    /** A tick chains until nothing is pending, but gives the timer back after this long. */
    private static final Duration MAX_TICK = Duration.ofSeconds(10);

    @EJB
    EvidenceLog log;

    private final SerialRun serial = new SerialRun();

    /** Chains now, or has the run in another thread chain once more (never waits for it). */
    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    public void chain() {
        serial.run(this::chainAll, MAX_TICK);
    }

    private void chainAll() {
        long end = System.nanoTime() + MAX_TICK.toNanos();
        try {
            while (log.chainPending() > 0 && System.nanoTime() < end) {
                // the next batch
            }
        } catch (RuntimeException e) {
            // the rows stay pending; the next tick (or a verify) chains them
            LOG.log(Level.WARNING, "chaining the evidence failed; retried on the next tick", e);
        }
    }
}

package kz.elicensing.infrastructure.scheduling;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import kz.elicensing.infrastructure.persistence.JdbcSlaFold;

/**
 * Folds the SLA deltas the decisions wrote since the last tick into the rollup, every five seconds, batch after batch
 * (each batch a transaction of its own under the {@code sla_fold_lock} lock, so one folder at a time also with several
 * servers on one database).
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SlaRollupFolder {
    private static final Logger LOG = Logger.getLogger(SlaRollupFolder.class.getName());
    /** A tick folds until fewer than a batch are left, but gives the timer back after this long. */
    private static final Duration MAX_TICK = Duration.ofSeconds(10);

    @EJB
    JdbcSlaFold fold;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    public void fold() {
        long end = System.nanoTime() + MAX_TICK.toNanos();
        try {
            while (fold.foldBatch() == JdbcSlaFold.BATCH && System.nanoTime() < end) {
                // the next batch
            }
        } catch (RuntimeException e) {
            // the deltas stay where they are, counted by the summary as they are; the next tick folds them
            LOG.log(Level.WARNING, "folding the SLA deltas failed; retried on the next tick", e);
        }
    }
}

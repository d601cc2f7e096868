package kz.elicensing.infrastructure.scheduling;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import kz.elicensing.application.deadline.DeadlineWatch;
import kz.elicensing.infrastructure.config.ElicensingConfig;
import kz.elicensing.infrastructure.persistence.JdbcScheduledRuns;

/**
 * The persistent timer that marks open applications nearing and past their deadlines, every minute; the marking is
 * idempotent (a mark is written only when it changes), so a missed or doubled run does no harm. In a cluster the timer
 * lives in the database timer store and each run is one node's; every run is recorded in {@code scheduled_run}.
 */
@Singleton
public class DeadlineTimer {
    private static final Logger LOG = Logger.getLogger(DeadlineTimer.class.getName());
    /** This job's name in {@code scheduled_run}. */
    public static final String JOB = "deadline-marks";

    @EJB
    DeadlineWatch watch;

    @EJB
    JdbcScheduledRuns runs;

    @Inject
    ElicensingConfig config;

    @Inject
    Clock clock;

    @Schedule(second = "30", minute = "*", hour = "*", persistent = true, info = "elicensing deadline marks")
    void markDeadlines() {
        Instant now = clock.instant();
        try {
            runs.record(JOB, now.truncatedTo(ChronoUnit.MINUTES), config.nodeName(), now);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "deadline run not recorded", e);
        }
        try {
            // batch after batch, each its own transaction: at a day's turn thousands of marks may change at once
            int changed = 0;
            int batch;
            do {
                batch = watch.scan(config.deadlineWarningWorkingDays());
                changed += batch;
            } while (batch == DeadlineWatch.BATCH);
            int total = changed;
            if (total > 0) {
                LOG.info(() -> "deadline marks changed: " + total);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "deadline scan failed; the next run tries again", e);
        }
    }
}

package kz.elicensing.infrastructure.scheduling;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import kz.elicensing.application.deadline.DeadlineWatch;
import kz.elicensing.infrastructure.config.ElicensingConfig;

/**
 * The persistent timer that marks open applications nearing and past their deadlines, every minute; the marking is
 * idempotent (a mark is written only when it changes), so a missed or doubled run does no harm.
 */
@Singleton
public class DeadlineTimer {
    private static final Logger LOG = Logger.getLogger(DeadlineTimer.class.getName());

    @EJB
    DeadlineWatch watch;

    @Inject
    ElicensingConfig config;

    @Schedule(second = "30", minute = "*", hour = "*", persistent = true, info = "elicensing deadline marks")
    void markDeadlines() {
        try {
            int changed = watch.scan(config.deadlineWarningWorkingDays());
            if (changed > 0) {
                LOG.info(() -> "deadline marks changed: " + changed);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "deadline scan failed; the next run tries again", e);
        }
    }
}

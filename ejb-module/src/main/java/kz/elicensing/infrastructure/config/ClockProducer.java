package kz.elicensing.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import kz.elicensing.domain.workflow.DeadlinePolicy;

/**
 * Produces the one clock every time rule reads: the system's instant in the regulations' zone, Asia/Almaty, whatever
 * the server's or the database's zone. Calendar days (today, a decision's day, a deadline) are Almaty's, taken from
 * this clock ({@link DeadlinePolicy#today(Clock)}), never from the database's {@code CURRENT_DATE} or
 * {@code LocalDate.now()}. Tests of pure rules pass their own.
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @ApplicationScoped
    public Clock clock() {
        return Clock.system(DeadlinePolicy.ALMATY);
    }
}

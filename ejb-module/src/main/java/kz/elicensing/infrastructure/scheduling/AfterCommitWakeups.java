package kz.elicensing.infrastructure.scheduling;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import kz.elicensing.infrastructure.gateway.OutboxQueued;
import kz.elicensing.infrastructure.persistence.EvidenceAppended;

/**
 * Wakes the outbox dispatcher and the evidence chainer right after a transaction that queued their work commits, so
 * each message's gateway calls and evidence follow its own commit instead of all waiting for the next whole second
 * (the timers stay as the safety net: retries, expired leases, another server's rows, a wake-up the executor refused).
 */
@ApplicationScoped
public class AfterCommitWakeups {
    /**
     * How long the chainer waits after an append before it chains: the appends of that time go in one batch (a few
     * chaining transactions a second under load, none when idle) rather than one per commit.
     */
    static final Duration CHAIN_DELAY = Duration.ofMillis(200);

    @Resource(lookup = "java:jboss/ee/concurrency/scheduler/default")
    ManagedScheduledExecutorService executor;

    @EJB
    OutboxDispatcher dispatcher;

    @EJB
    EvidenceChainer chainer;

    private Wakeup outbox;
    private Wakeup evidence;

    @PostConstruct
    void init() {
        outbox = new Wakeup(executor, Duration.ZERO, () -> dispatcher.drain());
        evidence = new Wakeup(executor, CHAIN_DELAY, () -> chainer.chain());
    }

    /** A transaction that queued outbox rows committed: the dispatcher drains them now. */
    void outboxQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxQueued event) {
        outbox.request();
    }

    /** A transaction that appended evidence committed: the chainer chains it shortly. */
    void evidenceAppended(@Observes(during = TransactionPhase.AFTER_SUCCESS) EvidenceAppended event) {
        evidence.request();
    }
}

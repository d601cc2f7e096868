package kz.elicensing.infrastructure.gateway;

import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import kz.elicensing.application.CheckKind;
import kz.elicensing.application.CheckQueue;

/** The outbox table: queues checks in the caller's transaction; claims and settles rows in transactions of their own. */
@Stateless
@LocalBean
@Local(CheckQueue.class)
public class OutboxStore implements CheckQueue {
    static final Duration LEASE = Duration.ofMinutes(2);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(10);

    @PersistenceContext(unitName = "elicensing")
    EntityManager em;
    @Inject
    Clock clock;

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void enqueue(String applicationNumber, CheckKind kind) {
        em.persist(new OutboxMessage(applicationNumber, kind, clock.instant()));
    }

    /** The application a queued call belongs to, or null when {@code messageId} is no outbox row's. */
    public String applicationOf(String messageId) {
        return em.createNamedQuery("OutboxMessage.byMessageId", String.class).setParameter("messageId", messageId)
                .getResultStream().findFirst().orElse(null);
    }

    /** Leases up to {@code max} due rows and returns them (one dispatcher per node; the lease keeps a row from running twice). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<OutboxMessage> claimDue(int max) {
        Instant now = clock.instant();
        List<OutboxMessage> due = em.createNamedQuery("OutboxMessage.due", OutboxMessage.class)
                .setParameter("now", now).setParameter("pending", OutboxMessage.State.PENDING).setMaxResults(max).getResultList();
        due.forEach(o -> o.lease(now.plus(LEASE)));
        return due;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void done(long id) {
        em.find(OutboxMessage.class, id).done();
    }

    /** Schedules the next try with exponential back-off and jitter; returns false when the attempts are used up. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean retryLater(long id, String error, int maxAttempts) {
        OutboxMessage row = em.find(OutboxMessage.class, id);
        if (row.attempts() >= maxAttempts) {
            row.fail(error);
            return false;
        }
        long base = Math.min(MAX_BACKOFF.toMillis(), 1000L << Math.min(row.attempts(), 20));
        long jitter = ThreadLocalRandom.current().nextLong(base / 2 + 1);
        row.retryAt(clock.instant().plusMillis(base / 2 + jitter), error);
        return true;
    }
}

package kz.elicensing.infrastructure.gateway;

import jakarta.annotation.Resource;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import kz.elicensing.application.check.CheckKind;
import kz.elicensing.application.check.CheckQueue;
import kz.elicensing.domain.application.ApplicantNotice;
import kz.elicensing.infrastructure.config.ElicensingConfig;

/**
 * The outbox table: queues checks in the caller's transaction (the dispatcher is woken when it commits); claims and settles rows in transactions of their own
 * (statements in {@link OutboxRows}), safe with several servers on one database.
 */
@Stateless
@LocalBean
@Local(CheckQueue.class)
public class OutboxStore implements CheckQueue {
    private static final OutboxQueued QUEUED = new OutboxQueued();

    @PersistenceContext(unitName = "elicensing")
    EntityManager em;

    @Resource(lookup = "java:jboss/datasources/ElicensingDS")
    DataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    ElicensingConfig config;

    @Inject
    Event<OutboxQueued> queued;

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void enqueue(String applicationNumber, CheckKind kind) {
        em.persist(new OutboxMessage(applicationNumber, kind, clock.instant()));
        queued.fire(QUEUED);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void enqueueNotice(String applicationNumber, ApplicantNotice notice, Instant at) {
        em.persist(OutboxMessage.notice(applicationNumber, notice, at, clock.instant()));
        queued.fire(QUEUED);
    }

    /** The application a queued call belongs to, or null when {@code messageId} is no outbox row's. */
    public String applicationOf(String messageId) {
        return em.createNamedQuery("OutboxMessage.byMessageId", String.class)
                .setParameter("messageId", messageId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    @Override
    public boolean pending(String applicationNumber, CheckKind kind) {
        return em.createQuery(
                                "SELECT COUNT(o) FROM OutboxMessage o WHERE o.applicationNumber = :number"
                                        + " AND o.kind = :kind AND o.state = :pending",
                                Long.class)
                        .setParameter("number", applicationNumber)
                        .setParameter("kind", kind)
                        .setParameter("pending", OutboxMessage.State.PENDING)
                        .getSingleResult()
                > 0;
    }

    /** Claims up to {@code max} due rows for {@code lease} in the name of {@code node}; other servers skip them meanwhile. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<ClaimedCall> claimDue(int max, Duration lease, String node) {
        Instant now = clock.instant();
        try (Connection c = dataSource.getConnection()) {
            return OutboxRows.claim(c, now, now.plus(lease), node, max);
        } catch (SQLException e) {
            throw new IllegalStateException("outbox claim failed", e);
        }
    }

    /** Settles a successful call; false when the claim had run out and another server holds the row now. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean done(ClaimedCall call) {
        try (Connection c = dataSource.getConnection()) {
            return OutboxRows.done(c, call);
        } catch (SQLException e) {
            throw new IllegalStateException("messageId=" + call.messageId() + " not settled", e);
        }
    }

    /** Schedules the next try with exponential back-off and jitter; false when the claim is no longer this server's. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean retryLater(ClaimedCall call, String error) {
        Instant at =
                Backoff.next(clock.instant(), call.attempts(), config.outboxBackoffBase(), ThreadLocalRandom.current());
        try (Connection c = dataSource.getConnection()) {
            return OutboxRows.retryAt(c, call, at, error);
        } catch (SQLException e) {
            throw new IllegalStateException("messageId=" + call.messageId() + " not settled", e);
        }
    }

    /** Marks the row FAILED after its last attempt; false when the claim is no longer this server's. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean fail(ClaimedCall call, String error) {
        try (Connection c = dataSource.getConnection()) {
            return OutboxRows.fail(c, call, error);
        } catch (SQLException e) {
            throw new IllegalStateException("messageId=" + call.messageId() + " not settled", e);
        }
    }
}

package kz.elicensing.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import kz.elicensing.domain.error.ConcurrentWriteException;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.infrastructure.config.ElicensingConfig;
import kz.elicensing.infrastructure.config.NodeBoot;
import kz.elicensing.shep.MessageLedger;
import kz.elicensing.shep.OutboundMessage;
import kz.elicensing.shep.ReceivedMessage;
import kz.elicensing.shep.RememberedRefusal;

/**
 * The idempotency ledger on the {@code received_message} table (statements in {@link ReceivedMessageRows}), over the
 * application's datasource: in the work's transaction its connection is the one JPA uses, so the answer commits with
 * the work.
 */
@Stateless
@LocalBean
@Local(MessageLedger.class)
public class JdbcMessageLedger implements MessageLedger {

    @Resource(lookup = "java:jboss/datasources/ElicensingDS")
    DataSource dataSource;

    @PersistenceContext(unitName = "elicensing")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ElicensingConfig config;

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<String> claim(String senderId, String messageId, String serviceId, String contentHash) {
        String token = UUID.randomUUID().toString();
        try (Connection c = dataSource.getConnection()) {
            return ReceivedMessageRows.claim(
                            c,
                            senderId,
                            messageId,
                            serviceId,
                            contentHash,
                            token,
                            NodeBoot.current(config),
                            clock.instant())
                    ? Optional.of(token)
                    : Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("messageId=" + messageId + " claim failed", e);
        }
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<ReceivedMessage> find(String senderId, String messageId) {
        try (Connection c = dataSource.getConnection()) {
            return ReceivedMessageRows.find(c, senderId, messageId);
        } catch (SQLException e) {
            throw new IllegalStateException("messageId=" + messageId + " cannot be read from the ledger", e);
        }
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<String> takeOver(ReceivedMessage abandoned) {
        String token = UUID.randomUUID().toString();
        try (Connection c = dataSource.getConnection()) {
            return ReceivedMessageRows.takeOver(c, abandoned, token, NodeBoot.current(config), clock.instant())
                    ? Optional.of(token)
                    : Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("messageId=" + abandoned.messageId() + " take-over failed", e);
        }
    }

    /** Flushes the work's JPA writes first, so that a collision (unique key, lock) shows here rather than at commit. */
    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void answer(String senderId, String messageId, String claimToken, OutboundMessage answer) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (SqlErrors.isConcurrencyConflict(e)) {
                throw new ConcurrentWriteException("messageId=" + messageId + " collided with a concurrent message", e);
            }
            throw e;
        }
        boolean stored;
        try (Connection c = dataSource.getConnection()) {
            stored = ReceivedMessageRows.answer(c, senderId, messageId, claimToken, answer, clock.instant());
        } catch (SQLException e) {
            throw new IllegalStateException("messageId=" + messageId + " answer not stored", e);
        }
        if (!stored) {
            throw new ElicensingException(
                    ErrorCode.MESSAGE_IN_PROGRESS,
                    "messageId=" + messageId + " claim was taken over while the work ran");
        }
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refuse(
            String senderId, String messageId, String contentHash, String claimToken, RememberedRefusal refusal) {
        try (Connection c = dataSource.getConnection()) {
            ReceivedMessageRows.refuse(c, senderId, messageId, contentHash, refusal, clock.instant());
            ReceivedMessageRows.release(c, senderId, messageId, claimToken);
        } catch (SQLException e) {
            throw new IllegalStateException("messageId=" + messageId + " refusal not stored", e);
        }
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<RememberedRefusal> refusal(String senderId, String messageId, String contentHash) {
        try (Connection c = dataSource.getConnection()) {
            return ReceivedMessageRows.refusal(c, senderId, messageId, contentHash);
        } catch (SQLException e) {
            throw new IllegalStateException("messageId=" + messageId + " refusal cannot be read", e);
        }
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void release(String senderId, String messageId, String claimToken) {
        try (Connection c = dataSource.getConnection()) {
            ReceivedMessageRows.release(c, senderId, messageId, claimToken);
        } catch (SQLException e) {
            throw new IllegalStateException("messageId=" + messageId + " claim not released", e);
        }
    }

    /**
     * Releases the claims no running JVM holds (docs/architecture.md "Exactly once"): those of this node's earlier
     * boots, and those of every boot whose heartbeat is older than {@code aliveSince}; a resend of such a message is
     * taken over at once instead of after the abandonment time. Beats this boot's heartbeat first. Returns how many.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int releaseDeadClaims(boolean earlierBootsOfThisNode, Instant aliveSince) {
        NodeBoot current = NodeBoot.current(config);
        Instant now = clock.instant();
        Instant released = now.minus(config.abandonedClaim()).minusSeconds(1);
        try (Connection c = dataSource.getConnection()) {
            ReceivedMessageRows.beat(c, current, now);
            int count = earlierBootsOfThisNode ? ReceivedMessageRows.releaseEarlierBoots(c, current, released) : 0;
            count += ReceivedMessageRows.releaseSilentBoots(c, current, aliveSince, released);
            ReceivedMessageRows.forgetHeartbeats(c, now.minus(config.idempotencyRetention()));
            return count;
        } catch (SQLException e) {
            throw new IllegalStateException("dead claims not released", e);
        }
    }

    /**
     * Deletes the ledger's rows claimed, and the refusals kept, before {@code before} (resends older than the retention
     * are worked on again; the message window refuses them long before).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int purge(Instant before) {
        try (Connection c = dataSource.getConnection()) {
            return ReceivedMessageRows.purge(c, before);
        } catch (SQLException e) {
            throw new IllegalStateException("ledger purge failed", e);
        }
    }
}

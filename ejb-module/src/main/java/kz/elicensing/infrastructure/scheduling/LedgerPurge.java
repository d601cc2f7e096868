package kz.elicensing.infrastructure.scheduling;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;
import kz.elicensing.infrastructure.config.ElicensingConfig;
import kz.elicensing.infrastructure.persistence.JdbcMessageLedger;
import kz.elicensing.infrastructure.persistence.JdbcRefusedMessages;
import kz.elicensing.infrastructure.persistence.JdbcScheduledRuns;

/**
 * Deletes idempotency ledger rows older than the retention (at least twice the message window) and the records of
 * refused unauthenticated messages older than theirs, and the records of scheduled runs older than the ledger's,
 * nightly on every node (harmless when several servers do it).
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LedgerPurge {
    private static final Logger LOG = Logger.getLogger(LedgerPurge.class.getName());

    @EJB
    JdbcMessageLedger ledger;

    @EJB
    JdbcRefusedMessages refused;

    @EJB
    JdbcScheduledRuns runs;

    @Inject
    ElicensingConfig config;

    @Inject
    Clock clock;

    @Schedule(hour = "3", minute = "17", persistent = false)
    public void purge() {
        int deleted = ledger.purge(clock.instant().minus(config.idempotencyRetention()));
        LOG.info(() ->
                "idempotency ledger: " + deleted + " rows older than " + config.idempotencyRetention() + " deleted");
        int refusals = refused.purge(clock.instant().minus(config.refusedMessageRetention()));
        LOG.info(() -> "refused messages: " + refusals + " records older than " + config.refusedMessageRetention()
                + " deleted");
        int scheduled = runs.purge(clock.instant().minus(config.idempotencyRetention()));
        LOG.info(() ->
                "scheduled runs: " + scheduled + " records older than " + config.idempotencyRetention() + " deleted");
    }
}

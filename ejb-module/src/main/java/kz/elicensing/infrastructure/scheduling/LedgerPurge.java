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

/** Deletes idempotency ledger rows older than the retention, nightly (harmless when several servers do it). */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LedgerPurge {
    private static final Logger LOG = Logger.getLogger(LedgerPurge.class.getName());

    @EJB
    JdbcMessageLedger ledger;

    @Inject
    ElicensingConfig config;

    @Inject
    Clock clock;

    @Schedule(hour = "3", minute = "17", persistent = false)
    public void purge() {
        int deleted = ledger.purge(clock.instant().minus(config.idempotencyRetention()));
        LOG.info(() ->
                "idempotency ledger: " + deleted + " rows older than " + config.idempotencyRetention() + " deleted");
    }
}

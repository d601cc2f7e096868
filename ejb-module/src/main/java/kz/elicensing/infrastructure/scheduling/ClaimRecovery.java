package kz.elicensing.infrastructure.scheduling;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import kz.elicensing.infrastructure.config.ElicensingConfig;
import kz.elicensing.infrastructure.config.NodeBoot;
import kz.elicensing.infrastructure.persistence.JdbcMessageLedger;

/**
 * A claim on a message must not outlive the JVM that made it: at start this node releases its earlier boots' claims
 * at once; every 5 s it beats its heartbeat and releases the claims of boots that stopped beating (a dead node of a
 * cluster), so a resend of a message in work at a crash is answered in seconds, not after the abandonment time.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ClaimRecovery {
    private static final Logger LOG = Logger.getLogger(ClaimRecovery.class.getName());

    @EJB
    JdbcMessageLedger ledger;

    @Inject
    ElicensingConfig config;

    @Inject
    Clock clock;

    @PostConstruct
    void atStart() {
        int released = ledger.releaseDeadClaims(true, clock.instant().minus(config.nodeDeadAfter()));
        NodeBoot boot = NodeBoot.current(config);
        LOG.info(() -> "node " + boot.node() + " boot " + boot.boot() + " started: " + released
                + " claims of stopped JVMs released");
    }

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    public void beat() {
        try {
            int released = ledger.releaseDeadClaims(false, clock.instant().minus(config.nodeDeadAfter()));
            if (released > 0) {
                LOG.info(() ->
                        released + " claims of nodes without a heartbeat for " + config.nodeDeadAfter() + " released");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "heartbeat or claim release failed (tried again in 5 s)", e);
        }
    }
}

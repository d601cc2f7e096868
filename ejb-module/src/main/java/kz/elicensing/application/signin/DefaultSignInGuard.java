package kz.elicensing.application.signin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import kz.elicensing.application.ops.LogSafe;
import kz.elicensing.domain.officer.OfficerDirectory;

/**
 * One {@link SignInThrottle} per realm, in memory (per server: a restart forgets the counts, the audit keeps them).
 * Officers are locked out by Elytron's brute-force protection on the officer realm (same limits); this guard counts
 * their failures only to audit the lockout.
 */
@ApplicationScoped
public class DefaultSignInGuard implements SignInGuard {
    private static final Logger LOG = Logger.getLogger(DefaultSignInGuard.class.getName());
    /** How many principals each realm tracks at most (ids sprayed by an attacker cannot grow memory beyond it). */
    static final int CAPACITY = 10_000;
    /** The longest principal kept in the audit. */
    static final int PRINCIPAL_MAX = 100;

    @Inject
    SignInSettings settings;

    @Inject
    SignInAudit audit;

    @Inject
    Clock clock;

    @Inject
    OfficerDirectory officerDirectory;

    private SignInThrottle senders;
    private SignInThrottle officers;

    @PostConstruct
    void start() {
        senders = new SignInThrottle(settings.senderLimits(), CAPACITY);
        officers = new SignInThrottle(settings.officerLimits(), CAPACITY);
    }

    @Override
    public Optional<Instant> lockedUntil(SignInEvent.Realm realm, String principal) {
        return throttle(realm).lockedUntil(principal, clock.instant());
    }

    @Override
    public boolean failed(SignInEvent.Realm realm, String principal, String address, boolean known) {
        Instant now = clock.instant();
        SignInThrottle.Verdict verdict = throttle(realm).failed(String.valueOf(principal), now);
        String shown = LogSafe.of(principal, PRINCIPAL_MAX);
        if (known) {
            keep(new SignInEvent(
                    now, realm, shown, SignInEvent.Outcome.FAILED, address, "failure " + verdict.failures()));
        }
        if (verdict.lockoutBegan()) {
            LOG.warning(() -> realm + " " + shown + " locked out until " + verdict.until() + " after "
                    + verdict.failures() + " failed sign-ins");
            keep(new SignInEvent(now, realm, shown, SignInEvent.Outcome.LOCKED, address, "until " + verdict.until()));
        }
        return verdict.locked();
    }

    @Override
    public void officerFailed(String username, String address) {
        try {
            boolean known = username != null && username.length() <= PRINCIPAL_MAX && officerDirectory.exists(username);
            failed(SignInEvent.Realm.OFFICER, username, address, known);
        } catch (RuntimeException e) {
            // counting is for the audit only (Elytron locks out): the sign-in form is answered whatever happens here
            LOG.warning(() -> "failed sign-in of " + LogSafe.of(username) + " not counted: " + LogSafe.of(e));
        }
    }

    @Override
    public void succeeded(SignInEvent.Realm realm, String principal) {
        throttle(realm).succeeded(principal);
    }

    private void keep(SignInEvent event) {
        try {
            audit.record(event);
        } catch (RuntimeException e) {
            LOG.warning(() -> "sign-in audit row not kept: " + LogSafe.of(e));
        }
    }

    private SignInThrottle throttle(SignInEvent.Realm realm) {
        return realm == SignInEvent.Realm.SENDER ? senders : officers;
    }
}

package kz.elicensing.application.signin;

import java.time.Instant;
import java.util.Optional;

/** Counts failed sign-ins of senders and officers, locks senders out after too many, and audits both. */
public interface SignInGuard {

    /** When {@code principal} of {@code realm} is locked out now, until when; empty when it may try. */
    Optional<Instant> lockedUntil(SignInEvent.Realm realm, String principal);

    /**
     * A failed sign-in of {@code principal} (as presented) from {@code address} (null: unknown); {@code known}: the
     * principal exists (only then is each failure a row of the audit; a lockout always is). True when it is now locked out.
     */
    boolean failed(SignInEvent.Realm realm, String principal, String address, boolean known);

    /** A failed sign-in on the officers' form (Elytron refused it, and locks the login out itself after too many). */
    void officerFailed(String username, String address);

    /** A successful sign-in: the principal's failures are forgotten. */
    void succeeded(SignInEvent.Realm realm, String principal);
}

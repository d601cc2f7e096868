package kz.elicensing.application.signin;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of the sign-in audit: a failed sign-in, or the start of a lockout, of a sender (SOAP password) or an
 * officer/admin (the sign-in form); the principal as presented (made log-safe and bounded), the caller's address if known.
 */
public record SignInEvent(Instant at, Realm realm, String principal, Outcome outcome, String address, String detail) {

    /** Who signed in: a sending system or a person on the pages. */
    public enum Realm {
        SENDER,
        OFFICER
    }

    /** What happened. */
    public enum Outcome {
        /** A wrong password (or an unknown, disabled or locked-out principal). */
        FAILED,
        /** The failures reached the limit: the principal is locked out until the time in {@code detail}. */
        LOCKED
    }

    public SignInEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(realm, "realm");
        Objects.requireNonNull(outcome, "outcome");
    }
}

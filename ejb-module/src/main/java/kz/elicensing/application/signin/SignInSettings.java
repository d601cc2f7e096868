package kz.elicensing.application.signin;

/** The sign-in limits of senders and of officers/admins (system properties, docs/configuration.md). */
public interface SignInSettings {

    /** Senders: failed SOAP passwords before a lockout, and its length. */
    SignInLimits senderLimits();

    /** Officers and admins: the limits Elytron's brute-force protection of the officer realm applies (the same properties). */
    SignInLimits officerLimits();
}

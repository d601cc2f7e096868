package kz.elicensing.application.signin;

/** Keeps sign-in events (table {@code sign_in_audit}); a failure to keep one never changes the sign-in's outcome. */
public interface SignInAudit {

    /** Keeps {@code event} (in its own transaction, so that a refused message or form does not roll it back). */
    void record(SignInEvent event);
}

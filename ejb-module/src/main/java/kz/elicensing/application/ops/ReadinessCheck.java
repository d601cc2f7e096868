package kz.elicensing.application.ops;

/** Port: one condition E-licensing needs to serve (database, schema, trust anchors, keys, outbox); infrastructure checks it. */
public interface ReadinessCheck {

    /** Checks now; never throws: a failure is a DOWN result. */
    CheckResult check();
}

package kz.elicensing.domain.catalog;

/** A kind of result a service may give without an officer (catalog column automatic_result.kind). */
public enum AutomaticResultKind {
    /** A refusal the checks after registration make on a typed reason, sealed with the provider's system seal. */
    AUTOMATIC_REFUSAL
}

package kz.elicensing.application;

/** The checks an application waits for after registration, each one a gateway call. */
public enum CheckKind {
    /** The applicant in the legal-entities registry (GbdulInfoByBin_v2). */
    LEGAL_ENTITY_REGISTRY,
    /** The fee at the payment gateway (PEP_PaymentCheck). */
    PAYMENT
}

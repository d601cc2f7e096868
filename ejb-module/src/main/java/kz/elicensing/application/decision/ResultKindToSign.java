package kz.elicensing.application.decision;

/** What a prepared result will be once signed: each kind is issued its own way. */
public enum ResultKindToSign {
    LICENSE,
    DUPLICATE,
    ORDER,
    REFUSAL,
    /** The head's registry act on a license (suspension, resumption, termination); its subject is the license number. */
    LICENSE_ACT
}

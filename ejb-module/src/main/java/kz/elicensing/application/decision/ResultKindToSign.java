package kz.elicensing.application.decision;

/** What a prepared result will be once signed: each kind is issued its own way. */
public enum ResultKindToSign {
    LICENSE,
    DUPLICATE,
    ORDER,
    REFUSAL
}

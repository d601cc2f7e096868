package kz.elicensing.domain.evidence;

/** What an evidence entry holds. */
public enum EvidenceKind {
    /** A SOAP envelope received on the SyncChannel, as received. */
    SOAP_REQUEST,
    /** E-licensing's SOAP answer, as sent. */
    SOAP_RESPONSE,
    /** E-licensing's SOAP fault (the message was refused), as sent. */
    SOAP_FAULT,
    /** An envelope E-licensing sent to the ShEP gateway, as sent. */
    GATEWAY_REQUEST,
    /** The gateway's answer (or fault), as received. */
    GATEWAY_RESPONSE,
    /** The signature validation report stored with an application. */
    VALIDATION_REPORT,
    /** A signed decision: license or refusal, exactly as signed. */
    DECISION,
    /** Another issued document. */
    DOCUMENT
}

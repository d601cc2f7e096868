package kz.elicensing.application.ops;

/** Which way a ShEP message went: handled by E-licensing (inbound) or sent by it through the gateway (outbound). */
public enum MessageDirection {
    INBOUND,
    OUTBOUND
}

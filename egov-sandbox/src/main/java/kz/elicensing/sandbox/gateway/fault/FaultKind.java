package kz.elicensing.sandbox.gateway.fault;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The kinds of misbehaviour the sandbox gateway can inject for a serviceId, by their wire names. */
public enum FaultKind {
    /** No fault: the call is answered normally. */
    NONE("none"),
    /** The normal answer, sent only after {@code millis}. */
    DELAY("delay"),
    /** No answer: the connection is held open until the sandbox closes (or for {@code millis}, then dropped). */
    TIMEOUT("timeout"),
    /** HTTP 500 with an HTML body (not SOAP). */
    HTTP500("http500"),
    /** A SyncChannel SOAP fault with ErrorInfo detail ({@code code}, default UPSTREAM_UNAVAILABLE). */
    SOAP_FAULT("soapFault"),
    /** HTTP 200 with a truncated, not well-formed SOAP envelope. */
    MALFORMED("malformed"),
    /** The normal answer, but its WS-Security signature is made with a key other than the certificate's. */
    WRONG_SIGNATURE("wrongSignature"),
    /** The registry is asked twice for the one request, and the journal records two calls. */
    DUPLICATE("duplicate"),
    /** The connection is closed without any answer. */
    DOWN("down"),
    /** A signed SUCCESS answer whose correlationId is not the request's messageId (the answer to another question). */
    WRONG_CORRELATION("wrongCorrelation"),
    /**
     * A signed SUCCESS answer, correlated, but about another subject than the one asked: another BIN (GBD UL),
     * IIN (GBD FL) or payment reference (payment gateway), as the registry knows it.
     */
    OTHER_SUBJECT("otherSubject");

    private final String wireName;

    FaultKind(String wireName) {
        this.wireName = wireName;
    }

    /** e.g. "http500", "soapFault". */
    public String wireName() {
        return wireName;
    }

    /** The kind by wire name (case-insensitive; "clear" is an alias of none). */
    public static FaultKind byWireName(String name) {
        if (name == null) {
            throw new IllegalArgumentException("fault kind missing; one of: " + names());
        }
        String n = name.trim();
        if ("clear".equalsIgnoreCase(n)) {
            return NONE;
        }
        for (FaultKind k : values()) {
            if (k.wireName.equalsIgnoreCase(n) || k.name().equalsIgnoreCase(n.toUpperCase(Locale.ROOT))) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown fault '" + name + "'; one of: " + names());
    }

    /** "none, delay, timeout, ...". */
    public static String names() {
        return Arrays.stream(values()).map(FaultKind::wireName).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return wireName;
    }
}

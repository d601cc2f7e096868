package kz.elicensing.sandbox.gateway.fault;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One fault to inject for a serviceId, with its parameters; its text form ({@code kind[,key=value]...}, e.g.
 * {@code http500,times=2} or {@code delay,millis=3000}) is what {@code serve --fault} and the admin API take.
 *
 * @param kind        what goes wrong
 * @param millis      DELAY: the delay; TIMEOUT: how long the request is held before the connection is dropped
 *                    (0: until the sandbox closes); 0 for every other kind
 * @param times       how many of the next calls suffer the fault before the service recovers; 0: every call
 * @param probability the chance (0 &lt; p &le; 1) that a call suffers the fault; calls spared do not count for times
 * @param code        SOAP_FAULT: the errorCode of the fault detail; null for every other kind
 */
public record FaultSpec(FaultKind kind, long millis, int times, double probability, String code) {

    /** The errorCode a {@code soapFault} carries unless told otherwise. */
    public static final String DEFAULT_FAULT_CODE = "UPSTREAM_UNAVAILABLE";

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    private static final FaultSpec NONE = new FaultSpec(FaultKind.NONE, 0, 0, 1.0, null);

    public FaultSpec {
        Objects.requireNonNull(kind, "kind");
        if (millis < 0) {
            throw new IllegalArgumentException("millis must not be negative");
        }
        if (millis > 0 && kind != FaultKind.DELAY && kind != FaultKind.TIMEOUT) {
            throw new IllegalArgumentException("millis applies to delay and timeout only, not " + kind);
        }
        if (kind == FaultKind.DELAY && millis == 0) {
            throw new IllegalArgumentException("delay needs millis > 0");
        }
        if (times < 0) {
            throw new IllegalArgumentException("times must not be negative (0: every call)");
        }
        if (!(probability > 0.0 && probability <= 1.0)) {
            throw new IllegalArgumentException("probability must be > 0 and <= 1");
        }
        if (kind == FaultKind.SOAP_FAULT) {
            code = code == null ? DEFAULT_FAULT_CODE : code;
            if (!CODE.matcher(code).matches()) {
                throw new IllegalArgumentException(
                        "code must be an error code such as UPSTREAM_UNAVAILABLE, not '" + code + "'");
            }
        } else if (code != null) {
            throw new IllegalArgumentException("code applies to soapFault only, not " + kind);
        }
    }

    /** No fault (clears a service's fault when set). */
    public static FaultSpec none() {
        return NONE;
    }

    /** Answer normally, after this delay. */
    public static FaultSpec delay(Duration delay) {
        return new FaultSpec(FaultKind.DELAY, delay.toMillis(), 0, 1.0, null);
    }

    /** Hold the request without an answer until the sandbox closes. */
    public static FaultSpec timeout() {
        return new FaultSpec(FaultKind.TIMEOUT, 0, 0, 1.0, null);
    }

    /** Hold the request without an answer for this long, then drop the connection. */
    public static FaultSpec timeout(Duration hold) {
        return new FaultSpec(FaultKind.TIMEOUT, hold.toMillis(), 0, 1.0, null);
    }

    /** HTTP 500 with a non-SOAP body. */
    public static FaultSpec http500() {
        return of(FaultKind.HTTP500);
    }

    /** A SOAP fault with errorCode UPSTREAM_UNAVAILABLE. */
    public static FaultSpec soapFault() {
        return soapFault(DEFAULT_FAULT_CODE);
    }

    /** A SOAP fault with this errorCode. */
    public static FaultSpec soapFault(String errorCode) {
        return new FaultSpec(FaultKind.SOAP_FAULT, 0, 0, 1.0, errorCode);
    }

    /** HTTP 200 with XML that is not well-formed. */
    public static FaultSpec malformed() {
        return of(FaultKind.MALFORMED);
    }

    /** An answer whose message signature does not verify. */
    public static FaultSpec wrongSignature() {
        return of(FaultKind.WRONG_SIGNATURE);
    }

    /** The registry call is made (and journalled) twice for one request. */
    public static FaultSpec duplicate() {
        return of(FaultKind.DUPLICATE);
    }

    /** The connection is closed without an answer. */
    public static FaultSpec down() {
        return of(FaultKind.DOWN);
    }

    /** A normal, signed answer whose correlationId is another message's id. */
    public static FaultSpec wrongCorrelation() {
        return of(FaultKind.WRONG_CORRELATION);
    }

    /** A normal, signed, correlated answer about another BIN, IIN or payment reference than the one asked. */
    public static FaultSpec otherSubject() {
        return of(FaultKind.OTHER_SUBJECT);
    }

    /** A kind without parameters (DELAY needs {@link #delay}). */
    public static FaultSpec of(FaultKind kind) {
        return new FaultSpec(kind, 0, 0, 1.0, null);
    }

    /** The same fault for the next {@code n} calls only (n &ge; 1), then the service recovers. */
    public FaultSpec times(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("times must be at least 1");
        }
        return new FaultSpec(kind, millis, n, probability, code);
    }

    /** The same fault, suffered by each call with probability p. */
    public FaultSpec probability(double p) {
        return new FaultSpec(kind, millis, times, p, code);
    }

    /** True for {@link FaultKind#NONE}. */
    public boolean isNone() {
        return kind == FaultKind.NONE;
    }

    /**
     * Parses the text form: the kind's wire name, then optional {@code ,millis=N}, {@code ,times=N},
     * {@code ,probability=P}, {@code ,code=ERROR_CODE}; e.g. {@code soapFault,code=UPSTREAM_UNAVAILABLE,times=2}.
     */
    public static FaultSpec parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty fault; one of: " + FaultKind.names());
        }
        String[] parts = text.trim().split(",");
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].trim();
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("expected key=value, not '" + p + "'");
            }
            if (params.put(p.substring(0, eq).trim(), p.substring(eq + 1).trim()) != null) {
                throw new IllegalArgumentException(p.substring(0, eq).trim() + " given twice");
            }
        }
        return of(parts[0], params);
    }

    /**
     * Builds a spec from a kind name and parameters named millis, times, probability and code (absent or blank:
     * default); unknown parameter names are refused.
     */
    public static FaultSpec of(String kindName, Map<String, String> params) {
        FaultKind kind = FaultKind.byWireName(kindName);
        for (String k : params.keySet()) {
            if (!k.equals("millis") && !k.equals("times") && !k.equals("probability") && !k.equals("code")) {
                throw new IllegalArgumentException(
                        "unknown fault parameter '" + k + "' (millis, times, probability, code)");
            }
        }
        long millis = number(params.get("millis"), "millis");
        long times = number(params.get("times"), "times");
        if (times > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("times is too large");
        }
        double probability = 1.0;
        String p = params.get("probability");
        if (p != null && !p.isBlank()) {
            try {
                probability = Double.parseDouble(p.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("probability must be a number such as 0.5, not '" + p + "'");
            }
        }
        String code = params.get("code");
        code = code == null || code.isBlank() ? null : code.trim();
        return new FaultSpec(kind, millis, (int) times, probability, code);
    }

    private static long number(String v, String name) {
        if (v == null || v.isBlank()) {
            return 0;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + v + "'");
        }
    }

    /** The parameters as the admin API takes them (fault, and millis/times/probability/code when set). */
    public Map<String, String> toParams() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("fault", kind.wireName());
        if (millis > 0) {
            m.put("millis", Long.toString(millis));
        }
        if (times > 0) {
            m.put("times", Integer.toString(times));
        }
        if (probability < 1.0) {
            m.put("probability", Double.toString(probability));
        }
        if (code != null) {
            m.put("code", code);
        }
        return m;
    }

    /** The text form, e.g. "http500,times=2"; {@link #parse} reads it back. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        toParams().forEach((k, v) -> {
            if (k.equals("fault")) {
                sb.append(v);
            } else {
                sb.append(',').append(k).append('=').append(v);
            }
        });
        return sb.toString();
    }
}

package kz.elicensing.application.decision;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A result prepared by an officer and waiting for the authorized person's signature: the unsigned document as
 * prepared and the decision's parameters (the number it took, the ground and motivation), until {@code expiresAt}.
 */
public record PendingResult(
        String token,
        String subject,
        ResultKindToSign kind,
        String providerCode,
        byte[] document,
        Map<String, String> parameters,
        String officer,
        Instant preparedAt,
        Instant expiresAt) {

    /** How long a prepared result or act may be signed; after that it is prepared again. */
    public static final java.time.Duration SIGNING_TIME = java.time.Duration.ofHours(72);

    public PendingResult {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(kind, "kind");
        document = document.clone();
        parameters = Map.copyOf(parameters);
    }

    @Override
    public byte[] document() {
        return document.clone();
    }

    /** One parameter, or null. */
    public String parameter(String name) {
        return parameters.get(name);
    }

    /** Whether it may still be signed at {@code now}. */
    public boolean openAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    /** The parameters as {@code name=value} lines (values without line breaks), as the store keeps them. */
    public static String encode(Map<String, String> parameters) {
        StringBuilder out = new StringBuilder();
        new java.util.TreeMap<>(parameters)
                .forEach((k, v) -> out.append(k)
                        .append('=')
                        .append(v.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r"))
                        .append('\n'));
        return out.toString();
    }

    /** The parameters back from {@link #encode}. */
    public static Map<String, String> decode(String encoded) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : encoded.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                out.put(line.substring(0, eq), unescape(line.substring(eq + 1)));
            }
        }
        return out;
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}

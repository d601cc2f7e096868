package kz.elicensing.application.ops;

/**
 * Makes a value from the wire (messageId, senderId, serviceId, names, a gateway's or a refusal's text) safe for one log
 * line: CR, LF and every other control or line-separator character is written as a visible escape, and the value is cut
 * at a bound, so a sender can neither forge a log line nor flood the log through it.
 */
public final class LogSafe {
    /** The longest value written, in characters (before escaping); a longer one ends with {@link #CUT}. */
    public static final int MAX_LENGTH = 200;
    /** Marks a value that was cut. */
    public static final String CUT = "...[cut]";

    private LogSafe() {}

    /** {@code value} as one tame log token: {@code "null"} for null, escapes for control characters, bounded length. */
    public static String of(Object value) {
        return of(value, MAX_LENGTH);
    }

    /** As {@link #of(Object)}, cut at {@code maxLength} characters. */
    public static String of(Object value, int maxLength) {
        if (value == null) {
            return "null";
        }
        String s = String.valueOf(value);
        int end = Math.min(s.length(), maxLength);
        StringBuilder out = new StringBuilder(end + 16);
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\r' -> out.append("\\r");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c)
                            || c == '\u2028'
                            || c == '\u2029'
                            || (Character.isSurrogate(c) && !validSurrogateAt(s, i))) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        if (s.length() > end) {
            out.append(CUT);
        }
        return out.toString();
    }

    /** True when the surrogate at {@code i} is half of a well-formed pair (a lone one would garble the log's encoding). */
    private static boolean validSurrogateAt(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}

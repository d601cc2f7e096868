package kz.elicensing.application.ops;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a readiness check found: its name, UP or not, details that may be shown to anyone who can reach the health
 * page (counts, versions, dates), and for the log only the problem behind a DOWN.
 */
public record CheckResult(String name, boolean up, Map<String, Object> data, String problem) {

    public CheckResult {
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    public static CheckResult up(String name, Map<String, Object> data) {
        return new CheckResult(name, true, data, null);
    }

    public static CheckResult down(String name, Map<String, Object> data, String problem) {
        return new CheckResult(name, false, data, problem);
    }

    /** DOWN because the check itself failed: the page shows the exception's type, the log its message. */
    public static CheckResult failed(String name, Exception e) {
        return down(name, Map.of("error", e.getClass().getSimpleName()), e.toString());
    }
}

package kz.elicensing.application.signin;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Counts failed sign-ins per principal (a sender id or an officer's login, as presented, known or not): after
 * {@code maxFailures} failures, each within {@code lockout} of the one before, the principal is locked out for
 * {@code lockout} from the last one, the right password included; a success resets the count. Bounded: at most
 * {@code capacity} principals are tracked, the least recently failed ones forgotten first. In memory, per server.
 */
public final class SignInThrottle {
    private final SignInLimits limits;
    private final int capacity;
    private final LinkedHashMap<String, Failures> failures = new LinkedHashMap<>(64, 0.75f, true);

    /** What a failure led to: still counting, or locked out until {@code until} (and whether it just began). */
    public record Verdict(boolean locked, boolean lockoutBegan, int failures, Instant until) {}

    private static final class Failures {
        int count;
        Instant last;
        Instant lockedUntil;
    }

    public SignInThrottle(SignInLimits limits, int capacity) {
        this.limits = limits;
        this.capacity = capacity;
    }

    /** When {@code principal} is locked out at {@code now}, until when; empty when it may try. */
    public synchronized Optional<Instant> lockedUntil(String principal, Instant now) {
        Failures f = failures.get(principal);
        if (f == null || f.lockedUntil == null || !now.isBefore(f.lockedUntil)) {
            return Optional.empty();
        }
        return Optional.of(f.lockedUntil);
    }

    /** Counts a failure of {@code principal} at {@code now}. */
    public synchronized Verdict failed(String principal, Instant now) {
        Failures f = failures.get(principal);
        if (f == null || expired(f, now)) {
            f = new Failures();
            f.last = now;
            failures.put(principal, f);
            trim(now);
        }
        f.count++;
        f.last = now;
        boolean began = false;
        if (f.count >= limits.maxFailures()) {
            began = f.lockedUntil == null || !now.isBefore(f.lockedUntil);
            f.lockedUntil = now.plus(limits.lockout());
        }
        return new Verdict(f.lockedUntil != null, began, f.count, f.lockedUntil);
    }

    /** A success: the principal's failures are forgotten. */
    public synchronized void succeeded(String principal) {
        failures.remove(principal);
    }

    /** How many principals are tracked (for tests and metrics). */
    public synchronized int tracked() {
        return failures.size();
    }

    /** A count lapses once its last failure is older than the lockout and any lockout is over. */
    private boolean expired(Failures f, Instant now) {
        Duration since = Duration.between(f.last, now);
        boolean lockoutOver = f.lockedUntil == null || !now.isBefore(f.lockedUntil);
        return lockoutOver && since.compareTo(limits.lockout()) >= 0;
    }

    private void trim(Instant now) {
        if (failures.size() <= capacity) {
            return;
        }
        failures.values().removeIf(f -> expired(f, now));
        Iterator<Map.Entry<String, Failures>> eldest = failures.entrySet().iterator();
        while (failures.size() > capacity && eldest.hasNext()) {
            eldest.next();
            eldest.remove();
        }
    }
}

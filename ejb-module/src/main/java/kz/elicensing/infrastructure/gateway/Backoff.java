package kz.elicensing.infrastructure.gateway;

import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

/** When a failed gateway call is tried next: exponential back-off (1 s, 2 s, 4 s ... at most 10 min) with jitter. */
final class Backoff {
    static final Duration MAX = Duration.ofMinutes(10);

    private Backoff() {
    }

    /** After {@code attempts} tries: between half and the whole of min(2^attempts s, 10 min) from {@code now}. */
    static Instant next(Instant now, int attempts, RandomGenerator random) {
        long base = Math.min(MAX.toMillis(), 1000L << Math.min(Math.max(attempts, 0), 20));
        long jitter = random.nextLong(base / 2 + 1);
        return now.plusMillis(base / 2 + jitter);
    }
}

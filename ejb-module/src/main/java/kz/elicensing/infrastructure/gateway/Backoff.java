package kz.elicensing.infrastructure.gateway;

import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * When a failed gateway call is tried next: exponential back-off (base 1 s by default: 2 s, 4 s, 8 s ... after the
 * 1st, 2nd, 3rd try, at most 10 min) with jitter. The base is {@code elicensing.outbox.backoff-base-ms}.
 */
final class Backoff {
    static final Duration MAX = Duration.ofMinutes(10);
    static final Duration DEFAULT_BASE = Duration.ofSeconds(1);

    private Backoff() {}

    /** After {@code attempts} tries: between half and the whole of min(2^attempts s, 10 min) from {@code now}. */
    static Instant next(Instant now, int attempts, RandomGenerator random) {
        return next(now, attempts, DEFAULT_BASE, random);
    }

    /** After {@code attempts} tries: between half and the whole of min(2^attempts × base, 10 min) from {@code now}. */
    static Instant next(Instant now, int attempts, Duration base, RandomGenerator random) {
        long baseMillis = Math.max(1L, base.toMillis());
        int shift = Math.min(Math.max(attempts, 0), 20);
        long ceiling =
                baseMillis > (MAX.toMillis() >> shift) ? MAX.toMillis() : Math.min(MAX.toMillis(), baseMillis << shift);
        long jitter = random.nextLong(ceiling / 2 + 1);
        return now.plusMillis(ceiling / 2 + jitter);
    }
}

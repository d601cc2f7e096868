package kz.elicensing.infrastructure.gateway;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The pause before the next try doubles per attempt up to ten minutes, with jitter so that servers do not retry in step. */
class BackoffTest {
    private static final Instant NOW = Instant.parse("2026-11-23T05:00:00Z");

    @Test
    void thePauseIsBetweenHalfAndAllOfTwoToTheAttemptsSeconds() {
        Random random = new Random(42);
        for (int attempts = 0; attempts <= 30; attempts++) {
            long ceiling = Math.min(Backoff.MAX.toMillis(), 1000L << Math.min(attempts, 20));
            for (int i = 0; i < 50; i++) {
                long pause = Duration.between(NOW, Backoff.next(NOW, attempts, random))
                        .toMillis();
                assertTrue(pause >= ceiling / 2 && pause <= ceiling, attempts + " attempts: " + pause + " ms");
            }
        }
    }

    @Test
    void theJitterSpreadsTheRetries() {
        Random random = new Random(1);
        Set<Instant> next = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            next.add(Backoff.next(NOW, 5, random));
        }
        assertTrue(next.size() > 10, "spread: " + next.size());
        assertNotEquals(Backoff.next(NOW, 8, new Random(1)), Backoff.next(NOW, 8, new Random(2)));
    }

    @Test
    void aShorterBaseScalesEveryPauseAndTheCapStays() {
        Random random = new Random(3);
        Duration base = Duration.ofMillis(200);
        for (int attempts = 0; attempts <= 30; attempts++) {
            long ceiling = Math.min(Backoff.MAX.toMillis(), 200L << Math.min(attempts, 20));
            for (int i = 0; i < 50; i++) {
                long pause = Duration.between(NOW, Backoff.next(NOW, attempts, base, random))
                        .toMillis();
                assertTrue(pause >= ceiling / 2 && pause <= ceiling, attempts + " attempts: " + pause + " ms");
            }
        }
        long capped = Duration.between(NOW, Backoff.next(NOW, 20, Duration.ofDays(400), random))
                .toMillis();
        assertTrue(capped >= Backoff.MAX.toMillis() / 2 && capped <= Backoff.MAX.toMillis(), "no overflow: " + capped);
    }
}

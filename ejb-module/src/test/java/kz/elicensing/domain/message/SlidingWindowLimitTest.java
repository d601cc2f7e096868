package kz.elicensing.domain.message;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Issue 13, finding 1: the per-sender / per-address rate limit over a sliding window, on an explicit clock. */
class SlidingWindowLimitTest {
    private static final Instant T0 = Instant.parse("2026-12-05T06:00:00Z");

    @Test
    void aKeyGetsItsLimitPerWindowThenIsRefused() {
        SlidingWindowLimit limit = new SlidingWindowLimit(3, Duration.ofMinutes(1), 100);
        assertTrue(limit.tryAcquire("PORTAL", T0));
        assertTrue(limit.tryAcquire("PORTAL", T0.plusSeconds(1)));
        assertTrue(limit.tryAcquire("PORTAL", T0.plusSeconds(2)));
        assertFalse(limit.tryAcquire("PORTAL", T0.plusSeconds(3)));
        assertTrue(limit.tryAcquire("PEP", T0.plusSeconds(3)), "every key has its own count");
    }

    @Test
    void theWindowSlides() {
        SlidingWindowLimit limit = new SlidingWindowLimit(2, Duration.ofMinutes(1), 100);
        limit.record("10.0.0.1", T0);
        limit.record("10.0.0.1", T0.plusSeconds(1));
        assertTrue(limit.exhausted("10.0.0.1", T0.plusSeconds(2)));
        assertFalse(
                limit.tryAcquire("10.0.0.1", T0.plusSeconds(61)),
                "just after the window the previous one still weighs");
        assertFalse(limit.exhausted("10.0.0.1", T0.plusSeconds(150)), "two windows later it is forgotten");
    }

    @Test
    void zeroSwitchesTheLimitOff() {
        SlidingWindowLimit off = new SlidingWindowLimit(0, Duration.ofMinutes(1), 100);
        for (int i = 0; i < 1000; i++) {
            assertTrue(off.tryAcquire("PORTAL", T0));
            off.record("10.0.0.1", T0);
        }
        assertFalse(off.exhausted("10.0.0.1", T0));
    }

    @Test
    void manyFreshKeysDoNotGrowItWithoutBound() {
        SlidingWindowLimit limit = new SlidingWindowLimit(1, Duration.ofMinutes(1), 10);
        for (int i = 0; i < 1000; i++) {
            limit.record("10.0.0." + i, T0.plusSeconds(i * 30L));
        }
        limit.record("10.0.1.1", T0.plusSeconds(30_000));
        assertTrue(limit.exhausted("10.0.1.1", T0.plusSeconds(30_000)), "a key recorded last is still known");
    }
}

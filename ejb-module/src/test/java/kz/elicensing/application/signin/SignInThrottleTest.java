package kz.elicensing.application.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** N failures in a row lock a principal out for the lockout, the right password included; a success or time resets. */
class SignInThrottleTest {
    private static final Instant T0 = Instant.parse("2026-12-05T01:00:00Z");
    private final SignInThrottle throttle = new SignInThrottle(new SignInLimits(3, Duration.ofMinutes(15)), 100);

    @Test
    void theThirdFailureLocksOutUntilTheLockoutIsOver() {
        assertFalse(throttle.failed("PORTAL", T0).locked());
        assertFalse(throttle.failed("PORTAL", T0.plusSeconds(1)).locked());
        assertTrue(throttle.lockedUntil("PORTAL", T0.plusSeconds(1)).isEmpty());
        SignInThrottle.Verdict third = throttle.failed("PORTAL", T0.plusSeconds(2));
        assertTrue(third.locked() && third.lockoutBegan());
        assertEquals(T0.plusSeconds(2).plus(Duration.ofMinutes(15)), third.until());
        assertTrue(throttle.lockedUntil("PORTAL", T0.plusSeconds(60)).isPresent());
        assertTrue(throttle.lockedUntil("PORTAL", T0.plusSeconds(2).plus(Duration.ofMinutes(15)))
                .isEmpty());
        assertTrue(throttle.lockedUntil("PEP", T0.plusSeconds(60)).isEmpty(), "per principal");
    }

    @Test
    void aFailureDuringTheLockoutDoesNotBeginAnotherOne() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("PORTAL", T0);
        }
        SignInThrottle.Verdict again = throttle.failed("PORTAL", T0.plusSeconds(5));
        assertTrue(again.locked());
        assertFalse(again.lockoutBegan(), "one LOCKED audit row per lockout");
    }

    @Test
    void aSuccessForgetsTheFailures() {
        throttle.failed("PORTAL", T0);
        throttle.failed("PORTAL", T0);
        throttle.succeeded("PORTAL");
        assertFalse(throttle.failed("PORTAL", T0).locked());
        assertEquals(1, throttle.failed("PORTAL", T0.plusSeconds(1)).failures() - 1);
    }

    @Test
    void failuresFurtherApartThanTheLockoutDoNotAddUp() {
        throttle.failed("PORTAL", T0);
        throttle.failed("PORTAL", T0.plus(Duration.ofMinutes(16)));
        assertFalse(throttle.failed("PORTAL", T0.plus(Duration.ofMinutes(32))).locked());
    }

    @Test
    void aSprayOfIdsCannotGrowMemoryBeyondTheCapacity() {
        for (int i = 0; i < 10_000; i++) {
            throttle.failed("SPRAY-" + i, T0);
        }
        assertTrue(throttle.tracked() <= 100, "tracked " + throttle.tracked());
    }
}

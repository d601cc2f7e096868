package kz.elicensing.application.signin;

import java.time.Duration;
import java.util.Objects;

/** How many failed sign-ins in a row lock a principal out, and for how long. */
public record SignInLimits(int maxFailures, Duration lockout) {
    public SignInLimits {
        Objects.requireNonNull(lockout, "lockout");
        if (maxFailures < 1 || lockout.isNegative() || lockout.isZero()) {
            throw new IllegalArgumentException(
                    "maxFailures >= 1 and a positive lockout: " + maxFailures + ", " + lockout);
        }
    }
}

package kz.elicensing.domain.application;

import java.time.LocalDate;

/** Application numbers: {@code EL-<year>-<8 digits>} from a database sequence, unique and never reused. */
public final class ApplicationNumber {
    private ApplicationNumber() {}

    public static String of(LocalDate registrationDay, long sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be positive: " + sequence);
        }
        return String.format("EL-%d-%08d", registrationDay.getYear(), sequence);
    }
}

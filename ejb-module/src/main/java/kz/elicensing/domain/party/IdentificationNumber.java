package kz.elicensing.domain.party;

import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;

/** A 12-digit IIN or BIN with its check digit (contracts.md §5). */
public record IdentificationNumber(String value, Kind kind) {

    /** Individual (IIN) or business (BIN). */
    public enum Kind {
        IIN,
        BIN
    }

    private static final int[] WEIGHTS_1 = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] WEIGHTS_2 = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

    public IdentificationNumber {
        if (!hasValidCheckDigit(value)) {
            throw new ElicensingException(
                    kind == Kind.IIN ? ErrorCode.INVALID_IIN : ErrorCode.INVALID_BIN,
                    "not a valid " + kind + ": " + value,
                    value);
        }
    }

    public static IdentificationNumber iin(String value) {
        return new IdentificationNumber(value, Kind.IIN);
    }

    public static IdentificationNumber bin(String value) {
        return new IdentificationNumber(value, Kind.BIN);
    }

    /** True when {@code value} is 12 digits whose last digit is the check digit of the first eleven. */
    public static boolean hasValidCheckDigit(String value) {
        if (value == null || value.length() != 12) {
            return false;
        }
        for (int i = 0; i < 12; i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        int check = weightedSum(value, WEIGHTS_1) % 11;
        if (check == 10) {
            check = weightedSum(value, WEIGHTS_2) % 11;
            if (check == 10) {
                return false;
            }
        }
        return check == value.charAt(11) - '0';
    }

    private static int weightedSum(String value, int[] weights) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (value.charAt(i) - '0') * weights[i];
        }
        return sum;
    }

    @Override
    public String toString() {
        return value;
    }
}

package kz.elicensing.domain.licence;

import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * A license number: {@code KZ}, two check digits, a three-letter series and eight digits (e.g. {@code KZ18LAA00032760}).
 * The check digits are ISO 7064 MOD 97-10 over series + digits + "KZ", computed as for an IBAN.
 */
public record LicenseNumber(String value) {
    private static final Pattern SHAPE = Pattern.compile("KZ[0-9]{2}[A-Z]{3}[0-9]{8}");
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    public LicenseNumber {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a license number: " + value);
        }
    }

    /** The number for sequence value {@code sequence} in {@code series}. */
    public static LicenseNumber of(String series, long sequence) {
        if (series == null || !series.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("series must be three capital letters: " + series);
        }
        if (sequence < 1 || sequence > 99_999_999L) {
            throw new IllegalArgumentException("sequence out of range: " + sequence);
        }
        String body = series + String.format("%08d", sequence);
        int check = 98 - mod97(body + "KZ00");
        return new LicenseNumber(String.format("KZ%02d%s", check, body));
    }

    /** True when {@code value} has the shape and its check digits are right. */
    public static boolean isValid(String value) {
        if (value == null || !SHAPE.matcher(value).matches()) {
            return false;
        }
        return mod97(value.substring(4) + value.substring(0, 4)) == 1;
    }

    private static int mod97(String text) {
        StringBuilder digits = new StringBuilder();
        for (char c : text.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue();
    }

    @Override
    public String toString() {
        return value;
    }
}

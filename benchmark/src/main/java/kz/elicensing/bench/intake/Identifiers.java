package kz.elicensing.bench.intake;

/** Valid 12-digit BINs and IINs for the benchmark's companies and their heads (check digit as in contracts.md §5). */
final class Identifiers {
    private Identifiers() {}

    /** The {@code n}-th BIN of a run: 2601 (January 2026), 40 (resident legal entity, head office), 5 digits, check. */
    static String bin(int runSalt, int n) {
        return withCheckDigit(String.format("260140%05d", (runSalt * 7_919 + n * 3) % 100_000), n);
    }

    /** The {@code n}-th head's IIN: a man born in the 1980s (digit 3), a serial of 4 digits, the check digit. */
    static String iin(int runSalt, int n) {
        String birth = String.format("8%d%02d%02d", n % 10, 1 + n % 12, 1 + n % 28);
        return withCheckDigit(birth + "3" + String.format("%04d", (runSalt + n * 7) % 10_000), n);
    }

    /** The 11 digits with their check digit; when they cannot have one, the last digit is moved on until they can. */
    private static String withCheckDigit(String first11, int n) {
        String digits = first11;
        for (int bump = 0; ; bump++) {
            int check = checkDigit(digits);
            if (check >= 0) {
                return digits + check;
            }
            int last = (digits.charAt(10) - '0' + 1) % 10;
            digits = digits.substring(0, 10) + last;
            if (bump > 10) {
                throw new IllegalStateException("no check digit for " + first11 + " (" + n + ")");
            }
        }
    }

    /** The check digit of 11 digits, or -1 when the number cannot have one. */
    static int checkDigit(String first11) {
        int check = weighted(first11, new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}) % 11;
        if (check == 10) {
            check = weighted(first11, new int[] {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2}) % 11;
        }
        return check == 10 ? -1 : check;
    }

    private static int weighted(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum;
    }
}

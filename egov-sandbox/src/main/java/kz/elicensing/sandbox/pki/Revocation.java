package kz.elicensing.sandbox.pki;

import java.math.BigInteger;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;

/** One revoked certificate of the sandbox CA: serial, revocation time (whole seconds) and RFC 5280 CRLReason code. */
public record Revocation(BigInteger serial, Instant revokedAt, int reason) {

    /** CRLReason unspecified (0). */
    public static final int UNSPECIFIED = 0;
    /** CRLReason keyCompromise (1). */
    public static final int KEY_COMPROMISE = 1;
    /** CRLReason cACompromise (2). */
    public static final int CA_COMPROMISE = 2;
    /** CRLReason affiliationChanged (3). */
    public static final int AFFILIATION_CHANGED = 3;
    /** CRLReason superseded (4). */
    public static final int SUPERSEDED = 4;
    /** CRLReason cessationOfOperation (5). */
    public static final int CESSATION_OF_OPERATION = 5;
    /** CRLReason certificateHold (6). */
    public static final int CERTIFICATE_HOLD = 6;

    public Revocation {
        Objects.requireNonNull(serial, "serial");
        Objects.requireNonNull(revokedAt, "revokedAt");
        if (serial.signum() <= 0) {
            throw new IllegalArgumentException("serial must be positive");
        }
        checkReason(reason);
        revokedAt = revokedAt.truncatedTo(ChronoUnit.SECONDS);
    }

    /** Rejects codes that are not RFC 5280 CRLReasons (0..10 without 7). */
    public static void checkReason(int reason) {
        if (reason < 0 || reason > 10 || reason == 7) {
            throw new IllegalArgumentException("CRL reason must be 0..10 except 7, not " + reason);
        }
    }

    /** Parses a hexadecimal serial ("1a2b", "0x1A2B" or "1a:2b"). */
    public static BigInteger parseSerial(String hex) {
        if (hex == null) {
            throw new IllegalArgumentException("serial is missing");
        }
        String s = hex.trim().replace(":", "").replace(" ", "");
        if (s.startsWith("0x") || s.startsWith("0X")) {
            s = s.substring(2);
        }
        if (s.isEmpty() || !s.matches("[0-9a-fA-F]+")) {
            throw new IllegalArgumentException("serial must be hexadecimal, not '" + hex + "'");
        }
        BigInteger serial = new BigInteger(s, 16);
        if (serial.signum() <= 0) {
            throw new IllegalArgumentException("serial must be positive");
        }
        return serial;
    }

    /** Lower-case hex of a serial, as used in the sandbox's files. */
    public static String hex(BigInteger serial) {
        return serial.toString(16).toLowerCase(Locale.ROOT);
    }

    /** The line of revoked.txt: {@code SERIAL_HEX REVOKED_AT REASON}. */
    String toLine() {
        return hex(serial) + " " + revokedAt + " " + reason;
    }

    /** Parses a line of revoked.txt. */
    static Revocation parse(String line) {
        String[] f = line.trim().split("\\s+");
        if (f.length < 2) {
            throw new IllegalArgumentException("expected SERIAL_HEX REVOKED_AT [REASON]");
        }
        return new Revocation(parseSerial(f[0]), Instant.parse(f[1]), f.length > 2 ? Integer.parseInt(f[2]) : 0);
    }
}

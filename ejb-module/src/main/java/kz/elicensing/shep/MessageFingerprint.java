package kz.elicensing.shep;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The content of a message for idempotency: SHA-256 over its serviceId and its payload text, and over nothing else
 * of the envelope (messageDate, sessionId and the like may be set anew by a gateway on a resend).
 */
final class MessageFingerprint {
    private MessageFingerprint() {}

    /** Lower-case hex SHA-256 of serviceId, a NUL byte (which XML text cannot hold), and the payload, both UTF-8. */
    static String of(String serviceId, String payload) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(serviceId.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(payload.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}

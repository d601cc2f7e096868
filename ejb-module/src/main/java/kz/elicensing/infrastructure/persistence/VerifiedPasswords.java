package kz.elicensing.infrastructure.persistence;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for a short time, that a sender's password matched its PBKDF2 hash, so a busy sender does not pay the slow
 * derivation on every message. Keyed by sender id; the value is an HMAC-SHA256, under a random key made at start and
 * never stored, of the stored hash and the presented password: a changed or re-hashed password (another stored hash)
 * or another presented password misses; a heap dump holds no fast, unkeyed digest of a password. At most
 * {@code capacity} senders (only verified ones get in, so unknown ids cannot fill it), each for {@code ttl}.
 */
final class VerifiedPasswords {
    private final Duration ttl;
    private final int capacity;
    private final byte[] key = new byte[32];
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);

    private record Entry(byte[] proof, Instant until) {}

    VerifiedPasswords(Duration ttl, int capacity) {
        this.ttl = ttl;
        this.capacity = capacity;
        new SecureRandom().nextBytes(key);
    }

    /** True when {@code password} was verified against {@code storedHash} for {@code senderId} less than ttl ago. */
    synchronized boolean known(String senderId, String storedHash, String password, Instant now) {
        Entry e = entries.get(senderId);
        if (e == null) {
            return false;
        }
        if (!now.isBefore(e.until())) {
            entries.remove(senderId);
            return false;
        }
        return MessageDigest.isEqual(e.proof(), proof(storedHash, password));
    }

    /** Remembers a verified password (replacing the sender's earlier one). */
    synchronized void remember(String senderId, String storedHash, String password, Instant now) {
        if (ttl.isZero() || ttl.isNegative()) {
            return;
        }
        entries.put(senderId, new Entry(proof(storedHash, password), now.plus(ttl)));
        Iterator<Map.Entry<String, Entry>> eldest = entries.entrySet().iterator();
        while (entries.size() > capacity && eldest.hasNext()) {
            eldest.next();
            eldest.remove();
        }
    }

    /** Forgets a sender (its password was changed or it was disabled through this server). */
    synchronized void forget(String senderId) {
        entries.remove(senderId);
    }

    private byte[] proof(String storedHash, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(storedHash.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}

package kz.elicensing.infrastructure.persistence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import kz.elicensing.application.signin.SignInEvent;
import kz.elicensing.application.signin.SignInGuard;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;

/**
 * Checks a sender's SOAP password, cheapest step first: the shape of id and password (no database, no hash), the
 * lockout (no hash), the sender's stored hash (an unknown or disabled id is refused here, with no hash: sender ids
 * are routing names, not secrets, and an anonymous message must not buy a PBKDF2 derivation), the short-lived cache of
 * verified passwords, then PBKDF2 against the stored hash. A hash made with fewer iterations than today's is replaced
 * on the first successful check (rehash on sign-in).
 */
final class SenderPasswords {
    /** As long as the {@code sender.sender_id} column. */
    static final int SENDER_ID_MAX = 100;
    /** No sender's password is longer (senders.sh refuses longer ones); a longer one is refused before any hash. */
    static final int PASSWORD_MAX = 256;
    /** How many verified senders the cache holds at most. */
    static final int CACHE_CAPACITY = 1_000;

    /** The stored side: a sender's hash, and replacing it. */
    interface Store {
        /** The password hash of an enabled sender, or null for an unknown or disabled one. */
        String enabledHash(String senderId);

        /** Replaces {@code oldHash} by {@code newHash} unless the hash was changed meanwhile. */
        void replaceHash(String senderId, String oldHash, String newHash);
    }

    /** The slow part, replaceable in tests to count derivations. */
    interface Hashing {
        boolean matches(char[] password, String stored);

        String hash(char[] password);

        boolean needsRehash(String stored);
    }

    static final Hashing PBKDF2 = new Hashing() {
        @Override
        public boolean matches(char[] password, String stored) {
            return PasswordHashes.matches(password, stored);
        }

        @Override
        public String hash(char[] password) {
            return PasswordHashes.hash(password);
        }

        @Override
        public boolean needsRehash(String stored) {
            return PasswordHashes.needsRehash(stored);
        }
    };

    private final Hashing hashing;
    private final SignInGuard guard;
    private final Clock clock;
    private final VerifiedPasswords verified;

    SenderPasswords(Hashing hashing, SignInGuard guard, Clock clock, Duration cacheTime) {
        this.hashing = hashing;
        this.guard = guard;
        this.clock = clock;
        this.verified = new VerifiedPasswords(cacheTime, CACHE_CAPACITY);
    }

    /**
     * True when {@code senderId} is an enabled sender and {@code password} is its password.
     *
     * @throws ElicensingException RATE_LIMITED while the id (known or not) is locked out after repeated failures
     */
    boolean authenticate(String senderId, String password, Store store) {
        if (!plausible(senderId, SENDER_ID_MAX)
                || password == null
                || password.isEmpty()
                || password.length() > PASSWORD_MAX) {
            return false;
        }
        if (guard.lockedUntil(SignInEvent.Realm.SENDER, senderId).isPresent()) {
            throw locked();
        }
        Instant now = clock.instant();
        String stored = store.enabledHash(senderId);
        if (stored != null && verified.known(senderId, stored, password, now)) {
            return true;
        }
        boolean ok = stored != null && hashing.matches(password.toCharArray(), stored);
        if (!ok) {
            verified.forget(senderId);
            // the failure that reaches the limit is still answered SENDER_UNKNOWN; the next tries get RATE_LIMITED
            guard.failed(SignInEvent.Realm.SENDER, senderId, null, stored != null);
            return false;
        }
        guard.succeeded(SignInEvent.Realm.SENDER, senderId);
        String current = stored;
        if (hashing.needsRehash(stored)) {
            current = hashing.hash(password.toCharArray());
            store.replaceHash(senderId, stored, current);
        }
        verified.remember(senderId, current, password, now);
        return true;
    }

    /** The same typed refusal for a known and an unknown id, with no word of whether the password was right. */
    private static ElicensingException locked() {
        return new ElicensingException(
                ErrorCode.RATE_LIMITED, "too many failed sign-ins for this sender id: locked out for a while");
    }

    /** Not empty, not too long, no control characters: anything else is not an id and costs no lookup. */
    private static boolean plausible(String value, int max) {
        if (value == null || value.isEmpty() || value.length() > max) {
            return false;
        }
        return value.chars().noneMatch(Character::isISOControl);
    }
}

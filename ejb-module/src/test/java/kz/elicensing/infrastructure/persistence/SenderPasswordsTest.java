package kz.elicensing.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.elicensing.application.signin.SignInEvent;
import kz.elicensing.application.signin.SignInGuard;
import kz.elicensing.application.signin.SignInLimits;
import kz.elicensing.application.signin.SignInThrottle;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import org.junit.jupiter.api.Test;

/**
 * The sender's password check, with a counting stand-in for PBKDF2: cheap refusals derive nothing, an unknown id
 * derives nothing either (an anonymous message buys no PBKDF2), a verified password is remembered for a while, the lockout, the rehash.
 */
class SenderPasswordsTest {
    private static final Instant T0 = Instant.parse("2026-12-05T01:00:00Z");
    private static final String OLD = "old$PORTAL$portal-demo-pass";

    private Instant now = T0;
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    /** "Hashes" that say what they are: {@code old$id$password} needs a rehash, {@code new$...} does not. */
    private final class CountingHashing implements SenderPasswords.Hashing {
        int derivations;

        @Override
        public boolean matches(char[] password, String stored) {
            derivations++;
            return stored.endsWith("$" + new String(password));
        }

        @Override
        public String hash(char[] password) {
            derivations++;
            return "new$" + new String(password);
        }

        @Override
        public boolean needsRehash(String stored) {
            return stored.startsWith("old$");
        }
    }

    private final class Store implements SenderPasswords.Store {
        final Map<String, String> hashes = new HashMap<>(Map.of("PORTAL", OLD));
        int lookups;

        @Override
        public String enabledHash(String senderId) {
            lookups++;
            return hashes.get(senderId);
        }

        @Override
        public void replaceHash(String senderId, String oldHash, String newHash) {
            hashes.replace(senderId, oldHash, newHash);
        }
    }

    private final class Guard implements SignInGuard {
        final SignInThrottle throttle = new SignInThrottle(new SignInLimits(3, Duration.ofMinutes(15)), 100);
        final List<SignInEvent> audit = new ArrayList<>();

        @Override
        public Optional<Instant> lockedUntil(SignInEvent.Realm realm, String principal) {
            return throttle.lockedUntil(principal, now);
        }

        @Override
        public boolean failed(SignInEvent.Realm realm, String principal, String address, boolean known) {
            SignInThrottle.Verdict v = throttle.failed(principal, now);
            if (known) {
                audit.add(new SignInEvent(now, realm, principal, SignInEvent.Outcome.FAILED, address, null));
            }
            if (v.lockoutBegan()) {
                audit.add(new SignInEvent(now, realm, principal, SignInEvent.Outcome.LOCKED, address, null));
            }
            return v.locked();
        }

        @Override
        public void officerFailed(String username, String address) {
            throw new AssertionError("not a sender");
        }

        @Override
        public void succeeded(SignInEvent.Realm realm, String principal) {
            throttle.succeeded(principal);
        }
    }

    private final CountingHashing hashing = new CountingHashing();
    private final Guard guard = new Guard();
    private final Store store = new Store();
    private final SenderPasswords passwords = new SenderPasswords(hashing, guard, clock, Duration.ofMinutes(5));

    @Test
    void malformedIdsAndPasswordsAreRefusedBeforeAnyLookupOrHash() {
        assertFalse(passwords.authenticate("PORTAL", "p".repeat(SenderPasswords.PASSWORD_MAX + 1), store));
        assertFalse(passwords.authenticate("PORTAL", "", store));
        assertFalse(passwords.authenticate("PORTAL", null, store));
        assertFalse(passwords.authenticate("PORT\nAL", "portal-demo-pass", store));
        assertFalse(passwords.authenticate("S".repeat(SenderPasswords.SENDER_ID_MAX + 1), "x", store));
        assertFalse(passwords.authenticate(null, "x", store));
        assertEquals(0, hashing.derivations);
        assertEquals(0, store.lookups);
    }

    @Test
    void anUnknownIdCostsNoDerivationAWrongPasswordOne() {
        assertFalse(passwords.authenticate("NOBODY", "x", store));
        assertEquals(0, hashing.derivations, "an unknown id is refused before any hash: anonymous traffic stays cheap");
        assertFalse(passwords.authenticate("PORTAL", "wrong", store));
        assertEquals(1, hashing.derivations);
        assertEquals(
                List.of(SignInEvent.Outcome.FAILED),
                guard.audit.stream().map(SignInEvent::outcome).toList(),
                "only the known id's failure is a row");
    }

    @Test
    void aVerifiedPasswordIsRememberedForAWhileAndAnOldHashIsRaised() {
        assertTrue(passwords.authenticate("PORTAL", "portal-demo-pass", store));
        assertEquals(2, hashing.derivations, "checked, then re-hashed at today's iterations");
        assertEquals("new$portal-demo-pass", store.hashes.get("PORTAL"));
        for (int i = 0; i < 100; i++) {
            assertTrue(passwords.authenticate("PORTAL", "portal-demo-pass", store));
        }
        assertEquals(2, hashing.derivations, "the next messages pay no derivation");
        assertFalse(passwords.authenticate("PORTAL", "portal-demo-pasS", store), "another password is checked");
        assertEquals(3, hashing.derivations);
        assertTrue(passwords.authenticate("PORTAL", "portal-demo-pass", store));
        assertEquals(4, hashing.derivations, "a failure forgets the remembered password");
        now = now.plus(Duration.ofMinutes(5));
        assertTrue(passwords.authenticate("PORTAL", "portal-demo-pass", store));
        assertEquals(5, hashing.derivations, "remembered for five minutes only");
    }

    @Test
    void aChangedPasswordIsNotRemembered() {
        store.hashes.put("PORTAL", "new$PORTAL$first");
        assertTrue(passwords.authenticate("PORTAL", "first", store));
        store.hashes.put("PORTAL", "new$PORTAL$second");
        assertFalse(passwords.authenticate("PORTAL", "first", store), "the stored hash is part of what is remembered");
        assertTrue(passwords.authenticate("PORTAL", "second", store));
        store.hashes.remove("PORTAL");
        assertFalse(passwords.authenticate("PORTAL", "second", store), "a disabled sender is not remembered");
    }

    @Test
    void repeatedFailuresLockTheIdOutWithoutHashingThenTheRightPasswordWorksAgain() {
        for (int i = 0; i < 3; i++) {
            assertFalse(passwords.authenticate("PORTAL", "wrong-" + i, store));
        }
        int derived = hashing.derivations;
        ElicensingException locked = assertThrows(
                ElicensingException.class, () -> passwords.authenticate("PORTAL", "portal-demo-pass", store));
        assertEquals(ErrorCode.RATE_LIMITED, locked.code());
        assertEquals(derived, hashing.derivations, "a locked-out id costs no derivation");
        assertEquals(
                List.of(
                        SignInEvent.Outcome.FAILED,
                        SignInEvent.Outcome.FAILED,
                        SignInEvent.Outcome.FAILED,
                        SignInEvent.Outcome.LOCKED),
                guard.audit.stream().map(SignInEvent::outcome).toList());

        for (int i = 0; i < 3; i++) {
            assertFalse(passwords.authenticate("GHOST", "x", store));
        }
        assertEquals(
                ErrorCode.RATE_LIMITED,
                assertThrows(ElicensingException.class, () -> passwords.authenticate("GHOST", "x", store))
                        .code(),
                "an unknown id is locked out the same way: no enumeration through the lockout");

        now = now.plus(Duration.ofMinutes(15));
        assertTrue(passwords.authenticate("PORTAL", "portal-demo-pass", store));
    }
}

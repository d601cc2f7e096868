package kz.elicensing.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashesTest {

    @Test
    void aHashMatchesItsPasswordOnly() {
        String hash = PasswordHashes.hash("сыр-Құпия".toCharArray());
        assertTrue(PasswordHashes.matches("сыр-Құпия".toCharArray(), hash));
        assertFalse(PasswordHashes.matches("сыр-құпия".toCharArray(), hash));
    }

    @Test
    void saltsDiffer() {
        assertNotEquals(PasswordHashes.hash("a".toCharArray()), PasswordHashes.hash("a".toCharArray()));
    }

    @Test
    void theDemoSendersHashesMatchTheDocumentedPasswords() {
        assertTrue(PasswordHashes.matches(
                "portal-demo-pass".toCharArray(),
                "pbkdf2-sha256$120000$W7eqry+0rPPGoMflDeiZPg==$676p62t20NKU4LpxqcF+FVw2yI+L1cD4jewQ0bFK8/0="));
    }

    @Test
    void newHashesUseOwasp2023IterationsAndOldOnesAskToBeRehashed() {
        String hash = PasswordHashes.hash("a".toCharArray());
        assertEquals("600000", hash.split("\\$")[1], "PBKDF2-HMAC-SHA256 at 600,000 iterations (OWASP 2023)");
        assertFalse(PasswordHashes.needsRehash(hash));
        assertTrue(PasswordHashes.needsRehash(
                "pbkdf2-sha256$120000$W7eqry+0rPPGoMflDeiZPg==$676p62t20NKU4LpxqcF+FVw2yI+L1cD4jewQ0bFK8/0="));
        assertFalse(PasswordHashes.needsRehash("plain"));
    }

    @Test
    void absurdIterationCountsAreRefusedWithoutDeriving() {
        assertFalse(PasswordHashes.matches("a".toCharArray(), "pbkdf2-sha256$2147483647$AA==$AA=="));
        assertFalse(PasswordHashes.matches("a".toCharArray(), "pbkdf2-sha256$1$AA==$AA=="));
    }

    @Test
    void malformedHashesNeverMatch() {
        assertFalse(PasswordHashes.matches("a".toCharArray(), "plain"));
        assertFalse(PasswordHashes.matches("a".toCharArray(), "pbkdf2-sha256$x$y$z"));
        assertFalse(PasswordHashes.matches(null, "pbkdf2-sha256$1$AA==$AA=="));
    }
}

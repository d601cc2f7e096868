package kz.elicensing.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bouncycastle.crypto.generators.OpenBSDBCrypt;
import org.junit.jupiter.api.Test;

/** An administrator's new officer password is kept as the bcrypt modular crypt Elytron's realm reads ($2a$, as V1000). */
class OfficerPasswordHashTest {

    @Test
    void theHashIsBcryptTheRealmChecks() {
        String hash = JpaOfficerStore.hash("officer-new-pass");
        assertTrue(hash.startsWith("$2a$10$"), hash);
        assertTrue(OpenBSDBCrypt.checkPassword(hash, "officer-new-pass".toCharArray()));
        assertFalse(OpenBSDBCrypt.checkPassword(hash, "officer-new-pasS".toCharArray()));
        assertNotEquals(hash, JpaOfficerStore.hash("officer-new-pass"), "salted");
    }
}

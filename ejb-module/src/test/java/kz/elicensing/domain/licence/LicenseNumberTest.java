package kz.elicensing.domain.licence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LicenseNumberTest {

    @Test
    void theRealExampleHasValidCheckDigits() {
        assertTrue(LicenseNumber.isValid("KZ18LAA00032760"));
    }

    @Test
    void numbersHaveTheNationalShapeAndVerify() {
        LicenseNumber n = LicenseNumber.of("LAA", 32760);
        assertEquals("KZ18LAA00032760", n.value());
        for (long seq = 1; seq < 2000; seq++) {
            assertTrue(LicenseNumber.isValid(LicenseNumber.of("LAA", seq).value()));
        }
    }

    @Test
    void aTypoIsCaught() {
        assertFalse(LicenseNumber.isValid("KZ18LAA00032761"));
        assertFalse(LicenseNumber.isValid("KZ18LAA00023760"));
        assertFalse(LicenseNumber.isValid("KZ81LAA00032760"));
        assertFalse(LicenseNumber.isValid("KZ18LAB00032760"));
    }

    @Test
    void distinctSequencesGiveDistinctNumbers() {
        Set<String> seen = new HashSet<>();
        for (long seq = 1; seq <= 5000; seq++) {
            assertTrue(seen.add(LicenseNumber.of("LAA", seq).value()));
        }
    }

    @Test
    void refusesBadSeriesAndRanges() {
        assertThrows(IllegalArgumentException.class, () -> LicenseNumber.of("la", 1));
        assertThrows(IllegalArgumentException.class, () -> LicenseNumber.of("LAA", 0));
        assertThrows(IllegalArgumentException.class, () -> LicenseNumber.of("LAA", 100_000_000L));
        assertThrows(IllegalArgumentException.class, () -> new LicenseNumber("KZ18LAA0003276"));
    }
}

package kz.elicensing.domain.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentificationNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"900515300018", "150140000012", "751102300459", "120340000054"})
    void acceptsTheExamplesOfTheContract(String value) {
        assertTrue(IdentificationNumber.hasValidCheckDigit(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"900515300019", "150140000013", "90051530001", "9005153000180", "90051530001A", ""})
    void refusesAWrongCheckDigitOrShape(String value) {
        assertFalse(IdentificationNumber.hasValidCheckDigit(value));
    }

    @Test
    void usesTheSecondWeightsWhenTheFirstGiveTen() {
        // 1..11 weights give 10 for these eleven digits; weights 3..11,1,2 then decide the check digit.
        String first11 = findElevenDigitsWhereFirstPassGivesTen();
        int second = 0;
        int[] w2 = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
        for (int i = 0; i < 11; i++) {
            second += (first11.charAt(i) - '0') * w2[i];
        }
        second %= 11;
        if (second == 10) {
            assertFalse(IdentificationNumber.hasValidCheckDigit(first11 + "0"));
        } else {
            assertTrue(IdentificationNumber.hasValidCheckDigit(first11 + second));
        }
    }

    private static String findElevenDigitsWhereFirstPassGivesTen() {
        for (long n = 90051530000L; ; n++) {
            String s = String.format("%011d", n);
            int sum = 0;
            for (int i = 0; i < 11; i++) {
                sum += (s.charAt(i) - '0') * (i + 1);
            }
            if (sum % 11 == 10) {
                return s;
            }
        }
    }

    @Test
    void aWrongIinIsRefusedWithItsCode() {
        ElicensingException e = assertThrows(ElicensingException.class, () -> IdentificationNumber.iin("900515300019"));
        assertEquals(ErrorCode.INVALID_IIN, e.code());
        ElicensingException b = assertThrows(ElicensingException.class, () -> IdentificationNumber.bin("150140000013"));
        assertEquals(ErrorCode.INVALID_BIN, b.code());
    }
}

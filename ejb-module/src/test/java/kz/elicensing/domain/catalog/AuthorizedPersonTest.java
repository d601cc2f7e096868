package kz.elicensing.domain.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AuthorizedPersonTest {

    private static AuthorizedPerson person(LocalDate from, LocalDate to) {
        return new AuthorizedPerson(
                1,
                "DP_ALMATY",
                "871214400161",
                "ӘБІЛҚАСЫМОВА",
                "ҮМІТ",
                "НҰРЛАНҚЫЗЫ",
                "Заместитель",
                "Орынбасары",
                from,
                to);
    }

    @Test
    void validFromFirstToLastDayInclusive() {
        AuthorizedPerson p = person(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        assertFalse(p.validOn(LocalDate.of(2025, 12, 31)));
        assertTrue(p.validOn(LocalDate.of(2026, 1, 1)));
        assertTrue(p.validOn(LocalDate.of(2026, 12, 31)));
        assertFalse(p.validOn(LocalDate.of(2027, 1, 1)));
    }

    @Test
    void openEndedIsValidFromItsFirstDayOn() {
        AuthorizedPerson p = person(LocalDate.of(2026, 1, 1), null);
        assertTrue(p.validOn(LocalDate.of(2040, 6, 1)));
        assertFalse(p.validOn(LocalDate.of(2025, 6, 1)));
    }

    @Test
    void endBeforeStartIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> person(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)));
    }

    @Test
    void fullNameKeepsKazakhLetters() {
        assertEquals(
                "ӘБІЛҚАСЫМОВА ҮМІТ НҰРЛАНҚЫЗЫ",
                person(LocalDate.of(2026, 1, 1), null).fullName());
    }
}

package kz.elicensing.domain.error;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kz.elicensing.domain.application.ApplicationStatus;
import kz.elicensing.domain.evidence.ChainBreak;
import org.junit.jupiter.api.Test;

/** Every person-facing text exists in Russian and in Kazakh. */
class MessagesTest {

    @Test
    void everyErrorCodeHasBothTexts() {
        for (ErrorCode code : ErrorCode.values()) {
            String ru = Messages.ru(code.messageKey(), "X");
            String kk = Messages.kk(code.messageKey(), "X");
            assertFalse(ru.isBlank(), code.name());
            assertNotEquals(ru, kk, code + " must be translated");
        }
    }

    @Test
    void everyStatusHasBothTexts() {
        for (ApplicationStatus s : ApplicationStatus.values()) {
            assertNotEquals(Messages.ru(s.messageKey()), Messages.kk(s.messageKey()), s.name());
        }
    }

    @Test
    void everyChainVerdictHasBothTexts() {
        for (ChainBreak b : ChainBreak.values()) {
            assertNotEquals(Messages.ru(b.messageKey(), 12345L), Messages.kk(b.messageKey(), 12345L), b.name());
            assertTrue(Messages.kk(b.messageKey(), 12345L).contains("12345"), "seq numbers are not grouped: " + b);
        }
        assertTrue(Messages.ru("evidence.ok", 7L).contains("7"));
        assertNotEquals(Messages.ru("evidence.ok", 7L), Messages.kk("evidence.ok", 7L));
    }

    @Test
    void aLostRaceOnALicenseIsToldInBothLanguages() {
        String ru = Messages.ru("error.LICENSE_CHANGED_CONCURRENTLY", "KZ12LAA00000001");
        String kk = Messages.kk("error.LICENSE_CHANGED_CONCURRENTLY", "KZ12LAA00000001");
        assertNotEquals(ru, kk);
        assertTrue(ru.contains("KZ12LAA00000001") && kk.contains("KZ12LAA00000001"), ru + " / " + kk);
    }

    @Test
    void kazakhLettersAreReadAsUtf8() {
        assertTrue(Messages.kk(ErrorCode.APPLICANT_NOT_FOUND.messageKey()).contains("дерекқорда"));
        assertTrue(Messages.kk("status.IN_REVIEW").contains("қаралуда"));
    }

    @Test
    void argumentsAreFilledIn() {
        assertTrue(Messages.ru("answer.registered", "EL-2026-00000001", "2026-12-14")
                .contains("EL-2026-00000001"));
    }
}

package kz.elicensing.application.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A value from the wire becomes one visible, bounded token of a log line. */
class LogSafeTest {

    @Test
    void lineBreaksAndControlCharactersAreEscapedNotWritten() {
        String forged = "m-1\r\n2026-12-05 01:00:00,000 INFO  [kz.elicensing] admin signed in\u0000\u001b[31m\u2028x";
        String safe = LogSafe.of(forged);
        assertFalse(safe.contains("\r") || safe.contains("\n") || safe.contains("\u2028"), safe);
        assertFalse(safe.chars().anyMatch(Character::isISOControl), safe);
        assertTrue(safe.startsWith("m-1\\r\\n2026-12-05"), safe);
        assertTrue(safe.contains("\\u0000\\u001b[31m\\u2028x"), safe);
    }

    @Test
    void kazakhLettersAndWellFormedPairsStay() {
        assertEquals("ТОО «Қорғау-Сервис» 😀", LogSafe.of("ТОО «Қорғау-Сервис» 😀"));
        assertEquals("\\ud83d", LogSafe.of("\ud83d"), "a lone surrogate is escaped");
    }

    @Test
    void longValuesAreCutAndMarked() {
        String safe = LogSafe.of("a".repeat(10_000));
        assertEquals(LogSafe.MAX_LENGTH + LogSafe.CUT.length(), safe.length());
        assertTrue(safe.endsWith(LogSafe.CUT));
        assertEquals("null", LogSafe.of(null));
    }
}

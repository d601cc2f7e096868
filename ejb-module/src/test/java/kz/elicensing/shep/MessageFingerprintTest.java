package kz.elicensing.shep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The content of a message for idempotency is its serviceId and payload, unambiguously. */
class MessageFingerprintTest {

    @Test
    void theSameContentHasTheSameHash() {
        String a = MessageFingerprint.of("ELICENSE_SubmitApplication", "<Application Id=\"a\">Қорғау</Application>");
        String b = MessageFingerprint.of("ELICENSE_SubmitApplication", "<Application Id=\"a\">Қорғау</Application>");
        assertEquals(a, b);
        assertTrue(a.matches("[0-9a-f]{64}"), a);
    }

    @Test
    void anotherPayloadOrServiceIsOtherContent() {
        String base = MessageFingerprint.of("ELICENSE_SubmitApplication", "<x>1</x>");
        assertNotEquals(base, MessageFingerprint.of("ELICENSE_SubmitApplication", "<x>2</x>"));
        assertNotEquals(base, MessageFingerprint.of("ELICENSE_GetResult", "<x>1</x>"));
    }

    @Test
    void serviceAndPayloadCannotShiftIntoEachOther() {
        assertNotEquals(MessageFingerprint.of("AB", "C"), MessageFingerprint.of("A", "BC"));
    }
}

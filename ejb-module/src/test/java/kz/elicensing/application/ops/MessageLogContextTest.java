package kz.elicensing.application.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.jboss.logging.MDC;
import org.junit.jupiter.api.Test;

/** The MDC holds a message's ids while it is handled, nested contexts restore the outer one, wire values are tamed. */
class MessageLogContextTest {

    @Test
    void idsAreInTheMdcUntilClosed() {
        try (MessageLogContext log = MessageLogContext.open("m-1", "ELICENSE_SubmitApplication", "PORTAL")) {
            assertEquals("m-1", MDC.get(MessageLogContext.MESSAGE_ID));
            assertEquals("ELICENSE_SubmitApplication", MDC.get(MessageLogContext.SERVICE_ID));
            assertEquals("PORTAL", MDC.get(MessageLogContext.SENDER_ID));
        }
        assertNull(MDC.get(MessageLogContext.MESSAGE_ID));
        assertNull(MDC.get(MessageLogContext.SERVICE_ID));
        assertNull(MDC.get(MessageLogContext.SENDER_ID));
    }

    @Test
    void aNestedContextAddsAndRestores() {
        try (MessageLogContext row = MessageLogContext.open("row-1", null, "ELICENSE")) {
            try (MessageLogContext call = MessageLogContext.open("row-1", "GbdulInfoByBin_v2", "ELICENSE")) {
                assertEquals("GbdulInfoByBin_v2", MDC.get(MessageLogContext.SERVICE_ID));
            }
            assertEquals("row-1", MDC.get(MessageLogContext.MESSAGE_ID));
            assertNull(MDC.get(MessageLogContext.SERVICE_ID));
        }
        assertNull(MDC.get(MessageLogContext.MESSAGE_ID));
    }

    @Test
    void lineBreaksCannotForgeLogLinesAndLongValuesAreCut() {
        assertEquals("a_b_c", MessageLogContext.clean("a\nb\rc"));
        assertEquals(
                MessageLogContext.MAX_LENGTH,
                MessageLogContext.clean("x".repeat(1000)).length());
    }
}

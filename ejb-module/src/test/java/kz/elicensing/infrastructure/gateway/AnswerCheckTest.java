package kz.elicensing.infrastructure.gateway;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import org.junit.jupiter.api.Test;

/** An answer counts only for its own question: its correlationId and its subject; anything else is UPSTREAM_UNAVAILABLE. */
class AnswerCheckTest {
    private static final String SERVICE = "PEP_PaymentCheck";

    /** A SUCCESS answer as the gateway writes it, with this correlationId (null: none) and payload text. */
    static byte[] answer(String correlationId, String payload) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                        + "<S:Body><ns2:SendMessageResponse xmlns:ns2=\"http://bip.bee.kz/SyncChannel/v10/Types\"><response>"
                        + "<responseInfo><messageId>gateway-own-id</messageId>"
                        + (correlationId == null ? "" : "<correlationId>" + correlationId + "</correlationId>")
                        + "<responseDate>2026-01-15T10:00:00+05:00</responseDate><status><code>SUCCESS</code>"
                        + "<message>ok</message></status></responseInfo><responseData><data"
                        + " xmlns:xs=\"http://www.w3.org/2001/XMLSchema\""
                        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:type=\"xs:string\">"
                        + payload.replace("<", "&lt;")
                        + "</data></responseData></response></ns2:SendMessageResponse></S:Body></S:Envelope>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static void assertNoAnswer(Runnable check, String expectedInDetail) {
        ElicensingException e = assertThrows(ElicensingException.class, check::run);
        assertEquals(ErrorCode.UPSTREAM_UNAVAILABLE, e.code(), "treated like an unreachable gateway");
        assertTrue(e.getMessage().contains(expectedInDetail), e.getMessage());
    }

    @Test
    void theAnswerToThisMessageIsRead() {
        assertEquals("<p/>", ShepEnvelopes.answer(SERVICE, "m-1", answer("m-1", "<p/>")));
        assertEquals("<p/>", ShepEnvelopes.answer(SERVICE, "m-1", answer(" m-1 ", "<p/>")), "whitespace around the id");
    }

    @Test
    void theAnswerToAnotherMessageIsNoAnswer() {
        assertNoAnswer(() -> ShepEnvelopes.answer(SERVICE, "m-1", answer("m-2", "<p/>")), "correlationId m-2");
        assertNoAnswer(() -> ShepEnvelopes.answer(SERVICE, "m-1", answer(null, "<p/>")), "correlationId null");
        assertNoAnswer(() -> ShepEnvelopes.answer(SERVICE, "m-1", answer("", "<p/>")), "not the request's messageId");
    }

    @Test
    void anAnswerAboutTheSubjectAskedCounts() {
        assertDoesNotThrow(() -> AnswerCheck.about(SERVICE, "m-1", "BIN", "150140000012", "150140000012"));
        assertDoesNotThrow(() -> AnswerCheck.about(SERVICE, "m-1", "payment reference", "PAY-1", " PAY-1\n"));
    }

    @Test
    void anAnswerAboutAnotherSubjectIsNoAnswer() {
        assertNoAnswer(
                () -> AnswerCheck.about(SERVICE, "m-1", "BIN", "150140000012", "160540000039"),
                "about BIN 160540000039, not the BIN asked (150140000012)");
        assertNoAnswer(() -> AnswerCheck.about(SERVICE, "m-1", "IIN", "900515300018", null), "about IIN null");
        assertNoAnswer(() -> AnswerCheck.about(SERVICE, "m-1", "payment reference", "PAY-1", "PAY-10"), "PAY-10");
    }
}

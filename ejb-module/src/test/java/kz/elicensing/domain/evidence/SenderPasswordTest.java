package kz.elicensing.domain.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Only the sender's password text changes; every other byte is kept as it was. */
class SenderPasswordTest {

    private static String mask(String envelope) {
        return new String(SenderPassword.mask(envelope.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    @Test
    void thePasswordTextIsMasked() {
        assertEquals(
                "<sender><senderId>PORTAL</senderId><password>***</password></sender><data>Қазақ тілі</data>",
                mask(
                        "<sender><senderId>PORTAL</senderId><password>portal-demo-pass</password></sender><data>Қазақ тілі</data>"));
    }

    @Test
    void attributesEscapesAndCdataAreCovered() {
        assertEquals("<password xmlns=\"\">***</password>", mask("<password xmlns=\"\">a&lt;b</password>"));
        assertEquals("<password>***</password>", mask("<password><![CDATA[a<b]]></password>"));
        assertEquals("<password>***</password>", mask("<password>\n  p\n</password>"));
    }

    @Test
    void onlyTheFirstPasswordElementIsTheSendersOne() {
        assertEquals(
                "<password>***</password><x><password>other</password></x>",
                mask("<password>secret</password><x><password>other</password></x>"));
    }

    @Test
    void withoutAPasswordNothingChanges() {
        byte[] none = "<sender><senderId>PEP</senderId></sender>".getBytes(StandardCharsets.UTF_8);
        assertSame(none, SenderPassword.mask(none));
        byte[] empty = "<password></password><passwordHint>x</passwordHint>".getBytes(StandardCharsets.UTF_8);
        assertSame(empty, SenderPassword.mask(empty));
        assertEquals("<wsse:Password>p</wsse:Password>", mask("<wsse:Password>p</wsse:Password>"));
    }
}

package kz.elicensing.sandbox.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EnvelopeInspectorTest {

    private static String envelope(String data) {
        return "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>"
                + "<t:SendMessage xmlns:t=\"http://bip.bee.kz/SyncChannel/v10/Types\"><request><requestInfo>"
                + "<messageId>m-1</messageId><serviceId>GbdulInfoByBin_v2</serviceId>"
                + "<messageDate>2025-01-01T10:00:00+05:00</messageDate>"
                + "<sender><senderId>ELICENSE</senderId><password>p</password></sender></requestInfo>"
                + "<requestData>" + data + "</requestData></request></t:SendMessage></s:Body></s:Envelope>";
    }

    private static RequestSummary inspect(String xml) {
        return EnvelopeInspector.inspect(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheHeaderFieldsAndTheBinOfAnEscapedPayload() {
        String payload = "&lt;GbdulInfoByBinRequest xmlns=\"urn:kz:elicensing:ext:gbdul:v2\" Id=\"r\"&gt;"
                + "&lt;RequestorBIN&gt;101040000072&lt;/RequestorBIN&gt;&lt;BIN&gt; 150140000012 &lt;/BIN&gt;"
                + "&lt;/GbdulInfoByBinRequest&gt;";
        assertEquals(
                new RequestSummary("GbdulInfoByBin_v2", "m-1", "ELICENSE", "150140000012"),
                inspect(envelope("<data xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                        + " xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" xsi:type=\"xs:string\">" + payload
                        + "</data>")));
    }

    @Test
    void readsAnInlinePayloadAndToleratesAMissingOrBrokenOne() {
        assertEquals(
                "PAY-7",
                inspect(envelope("<data><p:PaymentCheckRequest xmlns:p=\"urn:kz:elicensing:ext:pep:v1\">"
                                + "<p:reference>PAY-7</p:reference></p:PaymentCheckRequest></data>"))
                        .businessKey());
        assertEquals(new RequestSummary("GbdulInfoByBin_v2", "m-1", "ELICENSE", null), inspect(envelope("")));
        assertEquals(
                new RequestSummary("GbdulInfoByBin_v2", "m-1", "ELICENSE", null),
                inspect(envelope("<data>&lt;broken</data>")));
        assertEquals(
                new RequestSummary("GbdulInfoByBin_v2", "m-1", "ELICENSE", null),
                inspect(envelope("<data>plain</data>")));
    }

    @Test
    void whatIsNotASafeSendMessageIsUnreadable() {
        assertEquals(RequestSummary.unreadable(), inspect("not xml"));
        assertEquals(RequestSummary.unreadable(), inspect("<a/>"));
        assertEquals(
                RequestSummary.unreadable(),
                inspect(
                        "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x><requestInfo><serviceId>&e;</serviceId></requestInfo></x>"));
    }
}

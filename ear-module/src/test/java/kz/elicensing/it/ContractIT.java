package kz.elicensing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The contract as any SOAP stack sees it: the served WSDL, and SOAP 1.1 written by hand over plain HTTP. */
@ExtendWith(ArquillianExtension.class)
class ContractIT {
    private final HttpClient http = HttpClient.newHttpClient();

    /** The sandbox writes the server's keys and plays the outside world: up before any test, so each runs alone too. */
    @BeforeAll
    static void sandbox() {
        ItEnvironment.sandbox();
    }

    @Test
    void wsdlIsServed() throws Exception {
        HttpResponse<String> wsdl = http.send(
                HttpRequest.newBuilder(URI.create(ItEnvironment.SYNC_CHANNEL_URL + "?wsdl"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, wsdl.statusCode());
        assertTrue(wsdl.body().contains("ISyncChannel"), wsdl.body());
        assertTrue(wsdl.body().contains("SendMessage"));
        assertTrue(wsdl.body().contains("SyncChannelHttpPort"));
    }

    @Test
    void handWrittenStatusQueryWithEscapedPayload() throws Exception {
        String payload =
                "&lt;StatusQuery xmlns=\"urn:kz:elicensing:v1\"&gt;&lt;applicantId&gt;150140000012&lt;/applicantId&gt;&lt;/StatusQuery&gt;";
        HttpResponse<String> response = post(envelope(
                "PORTAL",
                "portal-demo-pass",
                "ELICENSE_GetApplicationStatus",
                "<data xsi:type=\"xs:string\">" + payload + "</data>"));
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("<code>SUCCESS</code>"), response.body());
        assertTrue(response.body().contains("ApplicationStatusList"), response.body());
    }

    @Test
    void handWrittenStatusQueryWithInlinePayload() throws Exception {
        String payload =
                "<StatusQuery xmlns=\"urn:kz:elicensing:v1\"><applicantId>150140000012</applicantId></StatusQuery>";
        HttpResponse<String> response = post(envelope(
                "PORTAL", "portal-demo-pass", "ELICENSE_GetApplicationStatus", "<data>" + payload + "</data>"));
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("<code>SUCCESS</code>"), response.body());
    }

    @Test
    void handWrittenRequestOfAnUnknownSenderGetsTheTypedFault() throws Exception {
        HttpResponse<String> response =
                post(envelope("NOBODY", "x", "ELICENSE_GetApplicationStatus", "<data xsi:type=\"xs:string\">x</data>"));
        assertEquals(500, response.statusCode());
        String body = response.body();
        assertTrue(body.contains("Fault"), body);
        assertTrue(body.contains("SendMessageFault1_SendMessageFault"), body);
        assertTrue(body.contains("<errorCode>SENDER_UNKNOWN</errorCode>"), body);
        assertTrue(body.contains("Жіберуші тіркелмеген"), "Kazakh text intact: " + body);
    }

    @Test
    void aDoctypeInTheEnvelopeIsRefused() throws Exception {
        String envelope = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\">]>"
                + envelope("PORTAL", "portal-demo-pass", "ELICENSE_GetApplicationStatus", "<data>&a;</data>");
        HttpResponse<String> response = post(envelope);
        assertEquals(500, response.statusCode(), response.body());
        assertTrue(response.body().contains("Fault"), response.body());
    }

    private HttpResponse<String> post(String envelope) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(ItEnvironment.SYNC_CHANNEL_URL))
                        .header("Content-Type", "text/xml; charset=UTF-8")
                        .header("SOAPAction", "\"\"")
                        .POST(HttpRequest.BodyPublishers.ofString(signable(envelope), StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Signed as the portal signs, when it is well-formed XML (a hostile envelope goes out as it is). */
    private static String signable(String envelope) {
        try {
            return ItEnvironment.signedByPortal(envelope);
        } catch (RuntimeException e) {
            return envelope;
        }
    }

    private static String envelope(String sender, String password, String serviceId, String data) {
        return "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:typ=\"http://bip.bee.kz/SyncChannel/v10/Types\""
                + " xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<soapenv:Body><typ:SendMessage><request><requestInfo>"
                + "<messageId>" + UUID.randomUUID() + "</messageId>"
                + "<serviceId>" + serviceId + "</serviceId>"
                + "<messageDate>"
                + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                        OffsetDateTime.now(ItEnvironment.ALMATY).truncatedTo(ChronoUnit.SECONDS))
                + "</messageDate>"
                + "<sender><senderId>" + sender + "</senderId><password>" + password + "</password></sender>"
                + "</requestInfo><requestData>" + data + "</requestData></request></typ:SendMessage>"
                + "</soapenv:Body></soapenv:Envelope>";
    }
}

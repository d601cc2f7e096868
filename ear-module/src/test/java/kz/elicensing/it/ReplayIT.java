package kz.elicensing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import kz.elicensing.sandbox.pki.DemoIdentities;
import kz.elicensing.sandbox.xml.SafeXml;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Issue 13, finding 4: an old (or far future) signed message is MESSAGE_EXPIRED, so is one whose WS-Security
 * Timestamp has expired, and a message refused once cannot be replayed into another outcome later.
 */
@ExtendWith(ArquillianExtension.class)
class ReplayIT {
    private static final String WSSE =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    private static final String WSU =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
    private static final String STATUS = "ELICENSE_GetApplicationStatus";

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void outsideWorld() {
        ItEnvironment.sandbox();
    }

    @Test
    void aMessageDatedOutsideTheWindowIsExpired() throws Exception {
        OffsetDateTime now = OffsetDateTime.now(ItEnvironment.ALMATY).truncatedTo(ChronoUnit.SECONDS);
        assertFault(
                "MESSAGE_EXPIRED",
                post(signed(
                        envelope("PORTAL", "portal-demo-pass", UUID.randomUUID().toString(), now.minusHours(1)))));
        assertFault(
                "MESSAGE_EXPIRED",
                post(signed(
                        envelope("PORTAL", "portal-demo-pass", UUID.randomUUID().toString(), now.plusHours(1)))));
        HttpResponse<String> fresh = post(
                signed(envelope("PORTAL", "portal-demo-pass", UUID.randomUUID().toString(), now)));
        assertEquals(200, fresh.statusCode(), fresh.body());
        assertTrue(fresh.body().contains("<code>SUCCESS</code>"), fresh.body());
    }

    @Test
    void anExpiredWsSecurityTimestampIsRefused() throws Exception {
        OffsetDateTime now = OffsetDateTime.now(ItEnvironment.ALMATY).truncatedTo(ChronoUnit.SECONDS);
        String envelope =
                signed(envelope("PORTAL", "portal-demo-pass", UUID.randomUUID().toString(), now));
        assertFault("MESSAGE_EXPIRED", post(withTimestamp(envelope, now.minusHours(2), now.minusHours(1))));
        HttpResponse<String> current = post(withTimestamp(
                signed(envelope("PORTAL", "portal-demo-pass", UUID.randomUUID().toString(), now)),
                now,
                now.plusMinutes(5)));
        assertEquals(200, current.statusCode(), current.body());
    }

    @Test
    void aRefusedMessageIsNotReplayedIntoSuccessOnceTheRightIsGranted() throws Exception {
        String id = "REPLAY_" + System.nanoTime();
        String password = "replay-demo-pass-" + System.nanoTime();
        register(id, password, ItEnvironment.VERIFY_LICENSE);
        OffsetDateTime now = OffsetDateTime.now(ItEnvironment.ALMATY).truncatedTo(ChronoUnit.SECONDS);
        String captured = signed(envelope(id, password, UUID.randomUUID().toString(), now));
        assertFault("SENDER_NOT_ALLOWED", post(captured));

        register(id, password, ItEnvironment.VERIFY_LICENSE, STATUS);
        assertFault("SENDER_NOT_ALLOWED", post(captured)); // the very bytes again: the first outcome
        HttpResponse<String> fresh =
                post(signed(envelope(id, password, UUID.randomUUID().toString(), now)));
        assertEquals(200, fresh.statusCode(), "a new messageId is worked on with the right granted: " + fresh.body());
    }

    private static void register(String id, String password, String... services) throws Exception {
        String[] args = new String[5 + services.length];
        args[0] = "register";
        args[1] = id;
        args[2] = password;
        args[3] = DemoIdentities.PORTAL_BIN;
        args[4] = DemoIdentities.PORTAL_CN;
        System.arraycopy(services, 0, args, 5, services.length);
        ItEnvironment.ScriptRun run = ItEnvironment.adminScript("senders.sh", args);
        assertEquals(0, run.exit(), run.output());
    }

    private static void assertFault(String code, HttpResponse<String> response) {
        assertEquals(500, response.statusCode(), response.body());
        assertTrue(response.body().contains("<errorCode>" + code + "</errorCode>"), response.body());
    }

    private static String signed(String envelope) {
        return ItEnvironment.signedByPortal(envelope);
    }

    /** The signed envelope with a wsu:Timestamp added to its Security header (outside the signed Body). */
    private static String withTimestamp(String signed, OffsetDateTime created, OffsetDateTime expires)
            throws Exception {
        Document doc = SafeXml.parse(signed);
        Element security =
                (Element) doc.getElementsByTagNameNS(WSSE, "Security").item(0);
        Element timestamp = doc.createElementNS(WSU, "wsu:Timestamp");
        Element c = doc.createElementNS(WSU, "wsu:Created");
        c.setTextContent(created.toInstant().toString());
        Element e = doc.createElementNS(WSU, "wsu:Expires");
        e.setTextContent(expires.toInstant().toString());
        timestamp.appendChild(c);
        timestamp.appendChild(e);
        security.insertBefore(timestamp, security.getFirstChild());
        return SafeXml.toXml(doc);
    }

    private HttpResponse<String> post(String envelope) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(ItEnvironment.SYNC_CHANNEL_URL))
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "text/xml; charset=UTF-8")
                        .header("SOAPAction", "\"\"")
                        .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A status query of the demo company with the given messageId and messageDate. */
    private static String envelope(String sender, String password, String messageId, OffsetDateTime date) {
        return "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:typ=\"http://bip.bee.kz/SyncChannel/v10/Types\""
                + " xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<soapenv:Body><typ:SendMessage><request><requestInfo>"
                + "<messageId>" + messageId + "</messageId>"
                + "<serviceId>" + STATUS + "</serviceId>"
                + "<messageDate>" + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date) + "</messageDate>"
                + "<sender><senderId>" + sender + "</senderId><password>" + password + "</password></sender>"
                + "</requestInfo><requestData><data xsi:type=\"xs:string\">"
                + "&lt;StatusQuery xmlns=\"urn:kz:elicensing:v1\"&gt;&lt;applicantId&gt;150140000012"
                + "&lt;/applicantId&gt;&lt;/StatusQuery&gt;</data></requestData></request></typ:SendMessage>"
                + "</soapenv:Body></soapenv:Envelope>";
    }
}

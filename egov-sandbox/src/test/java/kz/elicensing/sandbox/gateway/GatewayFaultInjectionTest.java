package kz.elicensing.sandbox.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.xml.ws.WebServiceException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import kz.elicensing.sandbox.Sandbox;
import kz.elicensing.sandbox.SharedSandbox;
import kz.elicensing.sandbox.admin.AdminClient;
import kz.elicensing.sandbox.gateway.fault.FaultSpec;
import kz.elicensing.sandbox.gateway.fault.GatewayFaults;
import kz.elicensing.sandbox.gateway.journal.JournalEntry;
import kz.elicensing.sandbox.gateway.journal.JournalQuery;
import kz.elicensing.sandbox.pki.DemoIdentities;
import kz.elicensing.sandbox.portal.PortalClient;
import kz.elicensing.sandbox.portal.SendResult;
import kz.elicensing.sandbox.portal.ShepFaultException;
import kz.elicensing.sandbox.xml.SafeXml;
import kz.elicensing.sandbox.xml.XmlSignatureVerifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/** Drives every gateway fault over real HTTP, set through the admin API, with the jaxws-rt client and a raw HTTP client. */
class GatewayFaultInjectionTest {

    static final String GBDUL = GatewayEndpoint.GBDUL_SERVICE;
    static final String PEP = GatewayEndpoint.PAYMENT_CHECK_SERVICE;
    static final String TYPES_NS = "http://bip.bee.kz/SyncChannel/v10/Types";

    static Sandbox sandbox;
    static AdminClient admin;
    static PortalClient elicensing;
    static HttpClient http;

    @BeforeAll
    static void start() {
        sandbox = SharedSandbox.get();
        admin = sandbox.adminClient();
        elicensing = new PortalClient(
                        sandbox.gatewayUrl(), GatewayEndpoint.ELICENSE_SENDER, GatewayEndpoint.ELICENSE_PASSWORD)
                .signedBy(sandbox.demo().elicensingSystem());
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @BeforeEach
    @AfterEach
    void noFaults() {
        admin.clearFaults();
    }

    private static SendResult gbdul(String messageId) {
        return elicensing.send(
                messageId,
                GBDUL,
                GatewayEndpointTest.gbdulRequest(
                        DemoIdentities.COMPANY_BIN, sandbox.demo().elicensingSystem()),
                "ru");
    }

    private static SendResult pep(String messageId) {
        return elicensing.send(messageId, PEP, GatewayEndpointTest.paymentCheck("PAY-DEMO-0004"), "ru");
    }

    /** A PEP_PaymentCheck envelope with the payload inline, signed (WS-Security) by E-licensing's system key. */
    private static String envelope(String messageId, String reference) {
        try {
            org.w3c.dom.Document doc = kz.elicensing.sandbox.xml.SafeXml.parse(unsignedEnvelope(messageId, reference));
            var system = sandbox.demo().elicensingSystem();
            MessageSigner.sign(doc, system.privateKey(), system.certificate());
            return kz.elicensing.sandbox.xml.SafeXml.toXml(doc);
        } catch (org.xml.sax.SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String unsignedEnvelope(String messageId, String reference) {
        return """
                <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"
                                  xmlns:typ="http://bip.bee.kz/SyncChannel/v10/Types">
                  <soapenv:Body><typ:SendMessage><request>
                    <requestInfo><messageId>%s</messageId><serviceId>PEP_PaymentCheck</serviceId>
                      <messageDate>2025-01-01T10:00:00+05:00</messageDate>
                      <sender><senderId>ELICENSE</senderId><password>elicense-demo-pass</password></sender></requestInfo>
                    <requestData><data><p:PaymentCheckRequest xmlns:p="urn:kz:elicensing:ext:pep:v1"><p:reference>%s</p:reference></p:PaymentCheckRequest></data></requestData>
                  </request></typ:SendMessage></soapenv:Body></soapenv:Envelope>""".formatted(messageId, reference);
    }

    private static HttpRequest rawRequest(String messageId, Duration timeout) {
        return HttpRequest.newBuilder(URI.create(sandbox.gatewayUrl()))
                .timeout(timeout)
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofString(envelope(messageId, "PAY-DEMO-0005"), StandardCharsets.UTF_8))
                .build();
    }

    /** POSTs a PEP_PaymentCheck as raw SOAP (java.net.http never re-sends a POST by itself). */
    private static HttpResponse<String> raw(String messageId) throws Exception {
        return http.send(
                rawRequest(messageId, Duration.ofSeconds(20)),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The journal's outcomes for {@code messageId}, once the gateway has settled them (it does so just after answering). */
    private static List<String> outcomes(String messageId) {
        long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        List<String> outcomes = admin.journal(JournalQuery.messageId(messageId)).stream()
                .map(JournalEntry::outcome)
                .toList();
        while (outcomes.contains("PENDING") && System.nanoTime() < end) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            outcomes = admin.journal(JournalQuery.messageId(messageId)).stream()
                    .map(JournalEntry::outcome)
                    .toList();
        }
        return outcomes;
    }

    private static List<String> faults(String messageId) {
        return admin.journal(JournalQuery.messageId(messageId)).stream()
                .map(JournalEntry::fault)
                .toList();
    }

    private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void http500TwiceThenTheServiceRecovers() throws Exception {
        admin.setFault(GBDUL, FaultSpec.http500().times(2));
        assertEquals(Map.of(GBDUL, FaultSpec.http500().times(2)), admin.faults());

        String messageId = UUID.randomUUID().toString(); // one messageId for every retry, as E-licensing's outbox does
        for (int i = 1; i <= 2; i++) {
            WebServiceException e = assertThrows(WebServiceException.class, () -> gbdul(messageId), "try " + i);
            assertTrue(e.getMessage().contains("500"), e.getMessage());
        }
        assertTrue(admin.faults().isEmpty(), "the fault is used up after two calls");
        assertEquals("SUCCESS", gbdul(messageId).statusCode());

        assertEquals(List.of("HTTP 500", "HTTP 500", "SUCCESS"), outcomes(messageId));
        assertEquals(List.of("http500", "http500", "none"), faults(messageId));
        assertEquals(
                Map.of(messageId, 3L),
                admin.countsByMessageId(JournalQuery.service(GBDUL).andMessageId(messageId)));
        for (JournalEntry e : admin.journal(JournalQuery.messageId(messageId))) {
            assertEquals(GBDUL, e.serviceId());
            assertEquals(GatewayEndpoint.ELICENSE_SENDER, e.senderId());
            assertEquals(DemoIdentities.COMPANY_BIN, e.businessKey());
        }
    }

    @Test
    void http500HasAnHtmlBodyNotSoap() throws Exception {
        admin.setFault(PEP, FaultSpec.http500().times(1));
        HttpResponse<String> r = raw(UUID.randomUUID().toString());
        assertEquals(500, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertFalse(r.body().contains("Envelope"), r.body());
        assertThrows(SAXException.class, () -> SafeXml.parse(r.body()), "not even XML");
        assertEquals(200, raw(UUID.randomUUID().toString()).statusCode());
    }

    @Test
    void soapFaultCarriesTheSyncChannelErrorInfo() throws Exception {
        admin.setFault(PEP, FaultSpec.soapFault().times(1));
        ShepFaultException e = assertThrows(
                ShepFaultException.class, () -> pep(UUID.randomUUID().toString()));
        assertEquals("UPSTREAM_UNAVAILABLE", e.errorCode());
        assertNotNull(e.errorMessage());
        assertNotNull(e.errorData());
        assertEquals("SUCCESS", pep(UUID.randomUUID().toString()).statusCode());

        admin.setFault(PEP, FaultSpec.soapFault("INTERNAL_ERROR").times(1));
        String messageId = UUID.randomUUID().toString();
        HttpResponse<String> r = raw(messageId);
        assertEquals(500, r.statusCode());
        Document fault = SafeXml.parse(r.body());
        var detail = fault.getElementsByTagNameNS(TYPES_NS, "SendMessageFault1_SendMessageFault");
        assertEquals(1, detail.getLength(), r.body());
        assertEquals(
                "INTERNAL_ERROR",
                fault.getElementsByTagName("errorCode").item(0).getTextContent());
        assertTrue(MessageSignatureCheck.check(r.body()).valid(), "faults are signed too");
        assertEquals(List.of("INTERNAL_ERROR"), outcomes(messageId));
        assertEquals(List.of("soapFault"), faults(messageId));
    }

    @Test
    void delayAnswersLateWithoutHoldingUpOtherServices() throws Exception {
        admin.setFault(GBDUL, FaultSpec.delay(Duration.ofMillis(2500)));
        String messageId = UUID.randomUUID().toString();
        Instant start = Instant.now();
        CompletableFuture<SendResult> slow = CompletableFuture.supplyAsync(() -> gbdul(messageId));

        assertEquals("SUCCESS", pep(UUID.randomUUID().toString()).statusCode());
        assertFalse(slow.isDone(), "the other service answered while the delayed one still waits");

        assertEquals("SUCCESS", slow.get(20, TimeUnit.SECONDS).statusCode());
        assertTrue(Duration.between(start, Instant.now()).toMillis() >= 2500);
        assertEquals(List.of("SUCCESS"), outcomes(messageId));
        assertEquals(List.of("delay"), faults(messageId));
    }

    @Test
    void timeoutHoldsTheRequestPastTheClientTimeout() {
        admin.setFault(GBDUL, FaultSpec.timeout());
        PortalClient impatient = new PortalClient(
                        sandbox.gatewayUrl(),
                        GatewayEndpoint.ELICENSE_SENDER,
                        GatewayEndpoint.ELICENSE_PASSWORD,
                        Duration.ofSeconds(5),
                        Duration.ofSeconds(1))
                .signedBy(sandbox.demo().elicensingSystem());
        String messageId = UUID.randomUUID().toString();
        Instant start = Instant.now();
        WebServiceException e = assertThrows(
                WebServiceException.class,
                () -> impatient.send(
                        messageId,
                        GBDUL,
                        GatewayEndpointTest.gbdulRequest(
                                DemoIdentities.COMPANY_BIN, sandbox.demo().elicensingSystem()),
                        "ru"));
        long took = Duration.between(start, Instant.now()).toMillis();
        assertTrue(causedBy(e, SocketTimeoutException.class), e.toString());
        assertTrue(took >= 900 && took < 10_000, "read timeout after about a second, took " + took);
        assertTrue(sandbox.heldRequests() >= 1);
        assertEquals(
                List.of(JournalEntry.HELD), outcomes(messageId), "journalled once: no silent re-send after a timeout");

        assertEquals("SUCCESS", pep(UUID.randomUUID().toString()).statusCode(), "other services still answer");
    }

    @Test
    void manyHeldRequestsTieUpNoThreadAndAreDroppedAfterTheirHoldTime() throws Exception {
        admin.setFault(PEP, FaultSpec.timeout(Duration.ofSeconds(3)));
        int before = sandbox.heldRequests();
        Instant start = Instant.now();
        List<CompletableFuture<HttpResponse<String>>> pending = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            pending.add(http.sendAsync(
                    rawRequest(UUID.randomUUID().toString(), Duration.ofSeconds(30)),
                    HttpResponse.BodyHandlers.ofString()));
        }
        Instant until = Instant.now().plusSeconds(10);
        while (sandbox.heldRequests() < before + 40 && Instant.now().isBefore(until)) {
            Thread.sleep(20);
        }
        assertEquals(before + 40, sandbox.heldRequests());
        for (var entry : Thread.getAllStackTraces().entrySet()) {
            for (StackTraceElement frame : entry.getValue()) {
                assertFalse(
                        frame.getClassName().startsWith(FaultFilter.class.getName())
                                || frame.getClassName().startsWith(HeldExchanges.class.getName()),
                        "thread " + entry.getKey().getName() + " is busy with a held request");
            }
        }
        assertEquals("SUCCESS", gbdul(UUID.randomUUID().toString()).statusCode(), "the gateway still answers");

        for (CompletableFuture<HttpResponse<String>> f : pending) {
            CompletionException e = assertThrows(CompletionException.class, f::join);
            assertInstanceOf(IOException.class, e.getCause());
            assertFalse(
                    e.getCause() instanceof HttpTimeoutException, "dropped by the gateway, not the client's timeout");
        }
        assertTrue(Duration.between(start, Instant.now()).toMillis() >= 2900);
        assertEquals(before, sandbox.heldRequests());
    }

    @Test
    void malformedIsHttp200WithBrokenXml() throws Exception {
        admin.setFault(PEP, FaultSpec.malformed().times(2));
        WebServiceException e = assertThrows(
                WebServiceException.class, () -> pep(UUID.randomUUID().toString()));
        assertFalse(e instanceof jakarta.xml.ws.soap.SOAPFaultException);

        HttpResponse<String> r = raw(UUID.randomUUID().toString());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/xml"));
        assertThrows(SAXException.class, () -> SafeXml.parse(r.body()));
        assertEquals("SUCCESS", pep(UUID.randomUUID().toString()).statusCode());
    }

    @Test
    void downClosesTheConnectionWithoutAnAnswer() throws Exception {
        admin.setFault(PEP, FaultSpec.down());
        Instant start = Instant.now();
        String rawId = UUID.randomUUID().toString();
        IOException io = assertThrows(IOException.class, () -> raw(rawId));
        assertFalse(io instanceof HttpTimeoutException, io.toString());
        assertTrue(Duration.between(start, Instant.now()).toMillis() < 5000);
        assertEquals(List.of(JournalEntry.CLOSED), outcomes(rawId));

        String messageId = UUID.randomUUID().toString();
        assertThrows(WebServiceException.class, () -> pep(messageId));
        // jaxws-rt sends through HttpURLConnection, which re-sends a POST once by itself when the connection closes
        // without an answer (sun.net.http.retryPost): the gateway sees the same messageId twice
        List<String> seen = outcomes(messageId);
        assertEquals(List.of(JournalEntry.CLOSED, JournalEntry.CLOSED), seen);

        admin.setFault(PEP, FaultSpec.down().times(1));
        assertThrows(IOException.class, () -> raw(UUID.randomUUID().toString()));
        assertEquals(200, raw(UUID.randomUUID().toString()).statusCode(), "up again after one call");
    }

    @Test
    void answersAreSignedByTheGatewayAndWrongSignatureDoesNotVerify() throws Exception {
        XmlSignatureVerifier pkix = new XmlSignatureVerifier(sandbox.pki().caCertificate());
        HttpResponse<String> good = raw(UUID.randomUUID().toString());
        MessageSignatureCheck.Result ok = MessageSignatureCheck.check(good.body());
        assertTrue(ok.valid(), good.body());
        assertEquals(sandbox.demo().shepGateway().certificate(), ok.certificate());
        pkix.checkCertificate(ok.certificate());

        admin.setFault(PEP, FaultSpec.wrongSignature().times(1));
        String messageId = UUID.randomUUID().toString();
        HttpResponse<String> bad = raw(messageId);
        assertEquals(200, bad.statusCode());
        assertTrue(
                bad.body().contains("<p:status>PAID</p:status>") || bad.body().contains("PAID"), bad.body());
        MessageSignatureCheck.Result broken = MessageSignatureCheck.check(bad.body());
        assertEquals(sandbox.demo().shepGateway().certificate(), broken.certificate(), "the gateway's certificate...");
        assertFalse(broken.valid(), "...but a signature made with another key");
        assertEquals(List.of("wrongSignature"), faults(messageId));

        assertTrue(
                MessageSignatureCheck.check(raw(UUID.randomUUID().toString()).body())
                        .valid(),
                "recovered");

        admin.setFault(PEP, FaultSpec.wrongSignature().times(1));
        assertEquals(
                "SUCCESS",
                pep(UUID.randomUUID().toString()).statusCode(),
                "a client that does not check the message signature notices nothing");
    }

    @Test
    void wrongCorrelationIsASignedAnswerToAnotherMessage() throws Exception {
        admin.setFault(GBDUL, FaultSpec.wrongCorrelation().times(1));
        String messageId = UUID.randomUUID().toString();
        SendResult wrong = gbdul(messageId);
        assertEquals("SUCCESS", wrong.statusCode());
        assertNotNull(wrong.correlationId());
        assertFalse(
                messageId.equals(wrong.correlationId()), "the answer names another message: " + wrong.correlationId());
        assertTrue(
                wrong.dataXml().contains(DemoIdentities.COMPANY_BIN),
                "otherwise the normal answer: " + wrong.dataXml());
        assertEquals(List.of("wrongCorrelation"), faults(messageId));
        assertEquals(List.of("SUCCESS"), outcomes(messageId));
        assertEquals(messageId, gbdul(messageId).correlationId(), "recovered after one call");

        admin.setFault(PEP, FaultSpec.wrongCorrelation().times(1));
        String rawId = UUID.randomUUID().toString();
        HttpResponse<String> r = raw(rawId);
        assertEquals(200, r.statusCode());
        assertTrue(MessageSignatureCheck.check(r.body()).valid(), "signed by the gateway like any answer");
        String correlation = SafeXml.parse(r.body())
                .getElementsByTagName("correlationId")
                .item(0)
                .getTextContent();
        assertFalse(rawId.equals(correlation), correlation);
    }

    @Test
    void otherSubjectIsACorrelatedAnswerAboutSomeoneElse() throws Exception {
        admin.setFault(GBDUL, FaultSpec.otherSubject().times(2));
        String messageId = UUID.randomUUID().toString();
        SendResult r = gbdul(messageId);
        assertEquals(messageId, r.correlationId(), "correlated: only the subject is wrong");
        var org = GatewayEndpointTest.answer(
                r.dataXml(), "gbdul/v2/gbdul.xsd", kz.elicensing.contract.gbdul.v2.GbdulInfoByBinResponse.class);
        assertEquals("002", org.getStatus().getCode());
        assertFalse(
                DemoIdentities.COMPANY_BIN.equals(org.getOrganization().getBIN()),
                org.getOrganization().getBIN());
        assertEquals(
                List.of(DemoIdentities.COMPANY_BIN),
                admin.journal(JournalQuery.messageId(messageId)).stream()
                        .map(JournalEntry::businessKey)
                        .toList(),
                "the journal keeps the BIN that was asked");
        assertEquals(List.of("otherSubject"), faults(messageId));

        // a BIN the registry does not know gets a "found" answer about a company it does know
        SendResult absent = elicensing.send(
                UUID.randomUUID().toString(),
                GBDUL,
                GatewayEndpointTest.gbdulRequest(
                        kz.elicensing.sandbox.registry.LegalEntityRegistry.ABSENT_BIN,
                        sandbox.demo().elicensingSystem()),
                "ru");
        var found = GatewayEndpointTest.answer(
                absent.dataXml(), "gbdul/v2/gbdul.xsd", kz.elicensing.contract.gbdul.v2.GbdulInfoByBinResponse.class);
        assertEquals("002", found.getStatus().getCode());
        assertFalse(kz.elicensing.sandbox.registry.LegalEntityRegistry.ABSENT_BIN.equals(
                found.getOrganization().getBIN()));
        assertTrue(gbdul(UUID.randomUUID().toString()).dataXml().contains(DemoIdentities.COMPANY_BIN), "recovered");

        admin.setFault(PEP, FaultSpec.otherSubject().times(1));
        var payment = GatewayEndpointTest.answer(
                pep(UUID.randomUUID().toString()).dataXml(),
                "pep/v1/payment.xsd",
                kz.elicensing.contract.pep.v1.PaymentCheckResponse.class);
        assertFalse("PAY-DEMO-0004".equals(payment.getReference()), payment.getReference());

        admin.setFault(GatewayEndpoint.GBDFL_SERVICE, FaultSpec.otherSubject().times(1));
        var person = GatewayEndpointTest.answer(
                elicensing
                        .send(
                                GatewayEndpoint.GBDFL_SERVICE,
                                GatewayEndpointTest.gbdflRequest(DemoIdentities.PERSON_IIN),
                                "ru")
                        .dataXml(),
                "gbdfl/v1/gbdfl.xsd",
                kz.elicensing.contract.gbdfl.v1.PersonResponse.class);
        assertEquals("002", person.getStatus().getCode());
        assertFalse(
                DemoIdentities.PERSON_IIN.equals(person.getPerson().getIin()),
                person.getPerson().getIin());
    }

    @Test
    void duplicateAsksTheRegistryTwiceForOneRequest() {
        admin.setFault(GBDUL, FaultSpec.duplicate().times(1));
        String messageId = UUID.randomUUID().toString();
        assertEquals("SUCCESS", gbdul(messageId).statusCode());

        // the second journal line is written once the answer has gone out: wait for it, a bounded while
        long until = System.nanoTime() + java.time.Duration.ofSeconds(5).toNanos();
        while (!Map.of(messageId, 2L).equals(admin.countsByMessageId(JournalQuery.messageId(messageId)))
                && System.nanoTime() < until) {
            Thread.onSpinWait();
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        assertEquals(Map.of(messageId, 2L), admin.countsByMessageId(JournalQuery.messageId(messageId)));
        assertEquals(
                Map.of(DemoIdentities.COMPANY_BIN, 2L),
                admin.countsByBusinessKey(JournalQuery.service(GBDUL).andMessageId(messageId)));
        assertEquals(List.of("duplicate", "duplicate"), faults(messageId));
        assertEquals(List.of("SUCCESS", "SUCCESS"), outcomes(messageId));

        String next = UUID.randomUUID().toString();
        assertEquals("SUCCESS", gbdul(next).statusCode());
        assertEquals(Map.of(next, 1L), admin.countsByMessageId(JournalQuery.messageId(next)));
    }

    @Test
    void aFaultForEveryServiceAndProbabilityOne() {
        admin.setFault(
                GatewayFaults.ANY_SERVICE,
                FaultSpec.soapFault().probability(1.0).times(2));
        assertEquals(
                "UPSTREAM_UNAVAILABLE",
                assertThrows(
                                ShepFaultException.class,
                                () -> pep(UUID.randomUUID().toString()))
                        .errorCode());
        assertEquals(
                "UPSTREAM_UNAVAILABLE",
                assertThrows(
                                ShepFaultException.class,
                                () -> gbdul(UUID.randomUUID().toString()))
                        .errorCode());
        assertEquals("SUCCESS", pep(UUID.randomUUID().toString()).statusCode());
    }

    @Test
    void theJournalRecordsWhoAskedWhatAndWhatCameOfIt() throws Exception {
        admin.resetJournal();
        assertTrue(admin.journal().isEmpty());
        Instant before = Instant.now().minusSeconds(1);
        String m1 = UUID.randomUUID().toString();
        String m2 = UUID.randomUUID().toString();
        String m3 = UUID.randomUUID().toString();
        gbdul(m1);
        pep(m2);
        PortalClient stranger = new PortalClient(sandbox.gatewayUrl(), "ELICENSE", "wrong")
                .signedBy(sandbox.demo().elicensingSystem());
        assertThrows(
                ShepFaultException.class,
                () -> stranger.send(m3, PEP, GatewayEndpointTest.paymentCheck("PAY-X"), "ru"));

        List<JournalEntry> all = admin.journal();
        assertEquals(3, all.size(), all.toString());
        JournalEntry first = all.get(0);
        assertEquals(m1, first.messageId());
        assertEquals(GBDUL, first.serviceId());
        assertEquals(DemoIdentities.COMPANY_BIN, first.businessKey(), "the BIN, not the RequestorBIN");
        assertEquals("none", first.fault());
        assertEquals("SUCCESS", first.outcome());
        assertTrue(!first.receivedAt().isBefore(before) && !first.receivedAt().isAfter(Instant.now()));
        assertTrue(all.get(0).seq() < all.get(1).seq()
                && all.get(1).seq() < all.get(2).seq());
        assertEquals("PAY-DEMO-0004", all.get(1).businessKey());
        assertEquals("SENDER_UNKNOWN", all.get(2).outcome());
        assertEquals("PAY-X", all.get(2).businessKey());

        assertEquals(
                List.of(m2, m3),
                admin.journal(PEP).stream().map(JournalEntry::messageId).toList());
        assertEquals(Map.of(m2, 1L, m3, 1L), admin.countsByMessageId(JournalQuery.service(PEP)));
        assertEquals(all, sandbox.journal().list(), "the admin API lists what the in-process journal holds");

        admin.resetJournal();
        assertTrue(admin.journal().isEmpty());
        assertTrue(admin.countsByMessageId(JournalQuery.all()).isEmpty());
    }

    @Test
    void theWsdlIsNotJournalled() throws Exception {
        int before = sandbox.journal().size();
        HttpResponse<String> wsdl = http.send(
                HttpRequest.newBuilder(URI.create(sandbox.gatewayUrl() + "?wsdl"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, wsdl.statusCode());
        assertEquals(before, sandbox.journal().size());
    }
}

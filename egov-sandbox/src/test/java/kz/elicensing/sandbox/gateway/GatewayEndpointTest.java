package kz.elicensing.sandbox.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.xml.bind.JAXBContext;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import kz.bee.bip.common.v10.types.SenderInfo;
import kz.bee.bip.syncchannel.v10.interfaces.ISyncChannel;
import kz.bee.bip.syncchannel.v10.interfaces.ISyncChannelHttpService;
import kz.bee.bip.syncchannel.v10.types.request.RequestData;
import kz.bee.bip.syncchannel.v10.types.request.SyncMessageInfo;
import kz.bee.bip.syncchannel.v10.types.request.SyncSendMessageRequest;
import kz.elicensing.contract.gbdul.v2.GbdulInfoByBinResponse;
import kz.elicensing.contract.pep.v1.PaymentCheckResponse;
import kz.elicensing.sandbox.Sandbox;
import kz.elicensing.sandbox.SharedSandbox;
import kz.elicensing.sandbox.pki.DemoIdentities;
import kz.elicensing.sandbox.pki.IssuedIdentity;
import kz.elicensing.sandbox.portal.PortalClient;
import kz.elicensing.sandbox.portal.SendResult;
import kz.elicensing.sandbox.portal.ShepFaultException;
import kz.elicensing.sandbox.portal.XmlSigner;
import kz.elicensing.sandbox.registry.LegalEntityRegistry;
import kz.elicensing.sandbox.xml.SafeXml;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class GatewayEndpointTest {

    static Sandbox sandbox;
    static PortalClient elicensing;
    static JAXBContext jaxb;

    @BeforeAll
    static void start() throws Exception {
        sandbox = SharedSandbox.get();
        elicensing = new PortalClient(
                        sandbox.gatewayUrl(), GatewayEndpoint.ELICENSE_SENDER, GatewayEndpoint.ELICENSE_PASSWORD)
                .signedBy(sandbox.demo().elicensingSystem());
        jaxb = JAXBContext.newInstance(
                GbdulInfoByBinResponse.class,
                PaymentCheckResponse.class,
                kz.elicensing.contract.gbdfl.v1.PersonResponse.class);
    }

    /** A GbdulInfoByBinRequest as E-licensing sends it, signed by the given identity (null: unsigned). */
    static String gbdulRequest(String bin, IssuedIdentity signer) {
        Document doc = SafeXml.newDocument();
        Element root = doc.createElementNS(GatewayEndpoint.GBDUL_NS, "GbdulInfoByBinRequest");
        root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns", GatewayEndpoint.GBDUL_NS);
        root.setAttributeNS(null, "Id", "req-" + UUID.randomUUID());
        doc.appendChild(root);
        Element requestor = doc.createElementNS(GatewayEndpoint.GBDUL_NS, "RequestorBIN");
        requestor.setTextContent("101040000072");
        root.appendChild(requestor);
        Element b = doc.createElementNS(GatewayEndpoint.GBDUL_NS, "BIN");
        b.setTextContent(bin);
        root.appendChild(b);
        return signer == null ? XmlSigner.toXml(doc) : new XmlSigner(signer).signToXml(doc);
    }

    static String paymentCheck(String reference) {
        return "<PaymentCheckRequest xmlns=\"" + GatewayEndpoint.PEP_NS + "\"><reference>" + reference
                + "</reference></PaymentCheckRequest>";
    }

    /** Validates an answer against its XSD from the contracts jar, then unmarshals it. */
    static <T> T answer(String xml, String xsd, Class<T> type) throws Exception {
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(GatewayEndpointTest.class.getClassLoader().getResource("META-INF/wsdl/" + xsd));
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
        // its own context: another test class may call this before (or without) this class's @BeforeAll
        return type.cast(JAXBContext.newInstance(type).createUnmarshaller().unmarshal(new StringReader(xml)));
    }

    private static String faultCode(Runnable call) {
        ShepFaultException e = assertThrows(ShepFaultException.class, call::run);
        assertNotNull(e.errorMessage(), "Russian message");
        assertNotNull(e.errorData(), "Kazakh message");
        return e.errorCode();
    }

    @Test
    void registeredBinAnswers002WithOrganization() throws Exception {
        String messageId = UUID.randomUUID().toString();
        SendResult r = elicensing.send(
                messageId,
                GatewayEndpoint.GBDUL_SERVICE,
                gbdulRequest("150140000012", sandbox.demo().elicensingSystem()),
                "ru");
        assertEquals("SUCCESS", r.statusCode());
        assertEquals(messageId, r.correlationId());
        assertNotEquals(messageId, r.messageId());
        GbdulInfoByBinResponse resp = answer(r.dataXml(), "gbdul/v2/gbdul.xsd", GbdulInfoByBinResponse.class);
        assertEquals("002", resp.getStatus().getCode());
        assertEquals("150140000012", resp.getOrganization().getBIN());
        assertEquals("ACTIVE", resp.getOrganization().getRegStatus());
        assertTrue(resp.getOrganization().getFullNameRu().contains("Қорғау-Сервис"));
        assertEquals(
                "900515300018", resp.getOrganization().getOrganizationLeader().getIIN());
        assertEquals("ҚАЙРАТҰЛЫ", resp.getOrganization().getOrganizationLeader().getMiddleName());
    }

    // GBD FL
    static String gbdflRequest(String iin) {
        return "<PersonRequest xmlns=\"" + GatewayEndpoint.GBDFL_NS
                + "\"><requestorBIN>101040000072</requestorBIN><iin>" + iin + "</iin></PersonRequest>";
    }

    @Test
    void gbdflAnswersAPersonWithCodeListsOr003() throws Exception {
        SendResult r = elicensing.send(GatewayEndpoint.GBDFL_SERVICE, gbdflRequest("751102300459"), "ru");
        var person = answer(r.dataXml(), "gbdfl/v1/gbdfl.xsd", kz.elicensing.contract.gbdfl.v1.PersonResponse.class);
        assertEquals("002", person.getStatus().getCode());
        assertEquals("ҒАБИТОВ", person.getPerson().getSurname());
        assertEquals("1975-11-02", person.getPerson().getBirthDate().toXMLFormat());
        assertEquals("398", person.getPerson().getCitizenship().getCode());
        assertEquals("Қазақстан", person.getPerson().getCitizenship().getNameKz());
        assertEquals("0", person.getPerson().getLifeStatus().getCode());

        var deceased = answer(
                elicensing
                        .send(
                                GatewayEndpoint.GBDFL_SERVICE,
                                gbdflRequest(kz.elicensing.sandbox.registry.IndividualRegistry.DECEASED_IIN),
                                "ru")
                        .dataXml(),
                "gbdfl/v1/gbdfl.xsd",
                kz.elicensing.contract.gbdfl.v1.PersonResponse.class);
        assertEquals("1", deceased.getPerson().getLifeStatus().getCode());

        var absent = answer(
                elicensing
                        .send(
                                GatewayEndpoint.GBDFL_SERVICE,
                                gbdflRequest(kz.elicensing.sandbox.registry.IndividualRegistry.ABSENT_IIN),
                                "kk")
                        .dataXml(),
                "gbdfl/v1/gbdfl.xsd",
                kz.elicensing.contract.gbdfl.v1.PersonResponse.class);
        assertEquals("003", absent.getStatus().getCode());
        assertNull(absent.getPerson());
    }

    @Test
    void unknownBinAnswers003() throws Exception {
        SendResult r = elicensing.send(
                GatewayEndpoint.GBDUL_SERVICE,
                gbdulRequest(LegalEntityRegistry.ABSENT_BIN, sandbox.demo().elicensingSystem()),
                "kk");
        assertEquals("SUCCESS", r.statusCode());
        GbdulInfoByBinResponse resp = answer(r.dataXml(), "gbdul/v2/gbdul.xsd", GbdulInfoByBinResponse.class);
        assertEquals("003", resp.getStatus().getCode());
        assertEquals("Сведения не найдены", resp.getStatus().getNameRu());
        assertEquals("Мәліметтер табылмады", resp.getStatus().getNameKz());
        assertNull(resp.getOrganization());
    }

    @Test
    void registryChangesAreSeenImmediately() throws Exception {
        var org = sandbox.legalEntities().find("160540000039").orElseThrow();
        sandbox.legalEntities().put(org.withRegStatus("LIQUIDATED"));
        try {
            SendResult r = elicensing.send(
                    GatewayEndpoint.GBDUL_SERVICE,
                    gbdulRequest("160540000039", sandbox.demo().elicensingSystem()),
                    "ru");
            assertEquals(
                    "LIQUIDATED",
                    answer(r.dataXml(), "gbdul/v2/gbdul.xsd", GbdulInfoByBinResponse.class)
                            .getOrganization()
                            .getRegStatus());
        } finally {
            sandbox.legalEntities().put(org);
        }
    }

    @Test
    void unsignedTamperedOrUntrustedRequestsAreRefused() {
        String unsigned = gbdulRequest("150140000012", null);
        assertEquals(
                "MESSAGE_SIGNATURE_INVALID",
                faultCode(() -> elicensing.send(GatewayEndpoint.GBDUL_SERVICE, unsigned, "ru")));

        String signed = gbdulRequest("150140000012", sandbox.demo().elicensingSystem());
        String tampered = signed.replace("<BIN>150140000012</BIN>", "<BIN>160540000039</BIN>");
        assertNotEquals(signed, tampered);
        assertEquals(
                "MESSAGE_SIGNATURE_INVALID",
                faultCode(() -> elicensing.send(GatewayEndpoint.GBDUL_SERVICE, tampered, "ru")));

        // same subject as E-licensing's system key, but issued by a CA the gateway does not trust
        IssuedIdentity rogue = sandbox.pki()
                .issue(DemoIdentities.Demo.ELICENSING_SYSTEM.spec().toBuilder()
                        .untrusted(true)
                        .build());
        String byRogue = gbdulRequest("150140000012", rogue);
        assertEquals(
                "MESSAGE_SIGNATURE_INVALID",
                faultCode(() -> elicensing.send(GatewayEndpoint.GBDUL_SERVICE, byRogue, "ru")));
    }

    @Test
    void paymentCheckPaidAndNotFound() throws Exception {
        SendResult r = elicensing.send(GatewayEndpoint.PAYMENT_CHECK_SERVICE, paymentCheck("PAY-DEMO-0001"), "ru");
        assertEquals("SUCCESS", r.statusCode());
        PaymentCheckResponse paid = answer(r.dataXml(), "pep/v1/payment.xsd", PaymentCheckResponse.class);
        assertEquals("PAID", paid.getStatus());
        assertEquals("PAY-DEMO-0001", paid.getReference());
        assertEquals("150140000012", paid.getPayerId());
        assertEquals(new BigDecimal("19660.00"), paid.getAmount());
        assertNotNull(paid.getBudgetCode());
        assertNotNull(paid.getPaidAt());

        SendResult nf = elicensing.send(GatewayEndpoint.PAYMENT_CHECK_SERVICE, paymentCheck("PAY-NOPE-1"), "ru");
        PaymentCheckResponse none = answer(nf.dataXml(), "pep/v1/payment.xsd", PaymentCheckResponse.class);
        assertEquals("NOT_FOUND", none.getStatus());
        assertNull(none.getPayerId());
        assertNull(none.getAmount());

        sandbox.payments().pay("PAY-TEST-42", "751102300459", new BigDecimal("5000.50"));
        PaymentCheckResponse now = answer(
                elicensing
                        .send(GatewayEndpoint.PAYMENT_CHECK_SERVICE, paymentCheck("PAY-TEST-42"), "ru")
                        .dataXml(),
                "pep/v1/payment.xsd",
                PaymentCheckResponse.class);
        assertEquals("PAID", now.getStatus());
        assertEquals("751102300459", now.getPayerId());
        assertEquals(new BigDecimal("5000.50"), now.getAmount());
    }

    @Test
    void unknownServiceWrongSenderAndBadXmlAreFaults() {
        assertEquals("UNKNOWN_SERVICE", faultCode(() -> elicensing.send("GBDFL_Nonexistent", paymentCheck("X"), "ru")));

        PortalClient wrongPassword = new PortalClient(sandbox.gatewayUrl(), "ELICENSE", "guess")
                .signedBy(sandbox.demo().elicensingSystem());
        assertEquals(
                "SENDER_UNKNOWN",
                faultCode(() -> wrongPassword.send(
                        GatewayEndpoint.PAYMENT_CHECK_SERVICE, paymentCheck("PAY-DEMO-0001"), "ru")));
        PortalClient stranger = new PortalClient(sandbox.gatewayUrl(), "PORTAL", GatewayEndpoint.ELICENSE_PASSWORD)
                .signedBy(sandbox.demo().portalSystem());
        assertEquals(
                "SENDER_UNKNOWN",
                faultCode(() ->
                        stranger.send(GatewayEndpoint.PAYMENT_CHECK_SERVICE, paymentCheck("PAY-DEMO-0001"), "ru")));

        assertEquals(
                "MALFORMED_XML",
                faultCode(() -> elicensing.send(GatewayEndpoint.PAYMENT_CHECK_SERVICE, "<PaymentCheckRequest", "ru")));
        assertEquals(
                "MALFORMED_XML",
                faultCode(() -> elicensing.send(
                        GatewayEndpoint.PAYMENT_CHECK_SERVICE,
                        "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>",
                        "ru")));
        assertEquals(
                "SCHEMA_VIOLATION",
                faultCode(() ->
                        elicensing.send(GatewayEndpoint.PAYMENT_CHECK_SERVICE, "<Other xmlns=\"urn:x\"/>", "ru")));
    }

    @Test
    void inlinePayloadIsAnsweredInline() throws Exception {
        String envelope = """
                <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"
                                  xmlns:typ="http://bip.bee.kz/SyncChannel/v10/Types">
                  <soapenv:Body><typ:SendMessage><request>
                    <requestInfo><messageId>m-1</messageId><serviceId>PEP_PaymentCheck</serviceId>
                      <messageDate>2025-01-01T10:00:00+05:00</messageDate>
                      <sender><senderId>ELICENSE</senderId><password>elicense-demo-pass</password></sender></requestInfo>
                    <requestData><data><p:PaymentCheckRequest xmlns:p="urn:kz:elicensing:ext:pep:v1"><p:reference>PAY-DEMO-0002</p:reference></p:PaymentCheckRequest></data></requestData>
                  </request></typ:SendMessage></soapenv:Body></soapenv:Envelope>""";
        Document unsigned = SafeXml.parse(envelope);
        MessageSigner.sign(
                unsigned,
                sandbox.demo().elicensingSystem().privateKey(),
                sandbox.demo().elicensingSystem().certificate());
        envelope = SafeXml.toXml(unsigned);
        HttpResponse<String> resp = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(sandbox.gatewayUrl()))
                                .header("Content-Type", "text/xml; charset=UTF-8")
                                .header("SOAPAction", "\"\"")
                                .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, resp.statusCode(), resp.body());
        Document doc = SafeXml.parse(resp.body());
        Element data = (Element) doc.getElementsByTagName("data").item(0);
        Element answer = (Element) data.getElementsByTagNameNS(GatewayEndpoint.PEP_NS, "PaymentCheckResponse")
                .item(0);
        assertNotNull(answer, resp.body());
        assertEquals(
                "PAID",
                answer.getElementsByTagNameNS(GatewayEndpoint.PEP_NS, "status")
                        .item(0)
                        .getTextContent());
        assertEquals("m-1", doc.getElementsByTagName("correlationId").item(0).getTextContent());
    }

    @Test
    void wsdlIsServed() throws Exception {
        HttpResponse<String> resp = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(sandbox.gatewayUrl() + "?wsdl"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, resp.statusCode());
        assertTrue(resp.body().contains("ISyncChannelHttpService"));
        assertTrue(resp.body().contains(sandbox.gatewayUrl()), "soap:address points at the gateway");

        // a client built from the published WSDL alone (imports served as ?xsd=N) can call the gateway
        ISyncChannel port = new ISyncChannelHttpService(
                        URI.create(sandbox.gatewayUrl() + "?wsdl").toURL())
                .getSyncChannelHttpPort();
        SyncSendMessageRequest req = new SyncSendMessageRequest();
        SyncMessageInfo info = new SyncMessageInfo();
        info.setMessageId(UUID.randomUUID().toString());
        info.setServiceId(GatewayEndpoint.PAYMENT_CHECK_SERVICE);
        info.setMessageDate(DatatypeFactory.newInstance().newXMLGregorianCalendar("2025-01-01T10:00:00+05:00"));
        SenderInfo sender = new SenderInfo();
        sender.setSenderId(GatewayEndpoint.ELICENSE_SENDER);
        sender.setPassword(GatewayEndpoint.ELICENSE_PASSWORD);
        info.setSender(sender);
        req.setRequestInfo(info);
        RequestData rd = new RequestData();
        rd.setData(paymentCheck("PAY-DEMO-0003"));
        req.setRequestData(rd);
        // a client built from the served WSDL alone reaches the gateway, which refuses it: the message is unsigned
        kz.bee.bip.syncchannel.v10.interfaces.SendMessageSendMessageFaultMsg refused =
                org.junit.jupiter.api.Assertions.assertThrows(
                        kz.bee.bip.syncchannel.v10.interfaces.SendMessageSendMessageFaultMsg.class,
                        () -> port.sendMessage(req));
        assertEquals("MESSAGE_SIGNATURE_INVALID", refused.getFaultInfo().getErrorCode());
    }

    @Test
    void adminRegistersPaymentsAndAnswersHealth() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> health = http.send(
                HttpRequest.newBuilder(URI.create(sandbox.adminUrl() + "/admin/health"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode());
        assertEquals("OK", health.body().trim());

        HttpResponse<String> paid = http.send(
                HttpRequest.newBuilder(URI.create(sandbox.adminUrl() + "/admin/payments"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "reference=PAY-ADMIN-1&payerId=160540000039&amount=19660.00"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, paid.statusCode(), paid.body());
        var p = sandbox.payments().find("PAY-ADMIN-1").orElseThrow();
        assertEquals("160540000039", p.payerId());
        assertEquals(new BigDecimal("19660.00"), p.amount());

        HttpResponse<String> bad = http.send(
                HttpRequest.newBuilder(URI.create(sandbox.adminUrl() + "/admin/payments"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("reference=PAY-ADMIN-2&payerId=1&amount=lots"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, bad.statusCode());
        assertTrue(sandbox.payments().find("PAY-ADMIN-2").isEmpty());

        HttpResponse<String> get = http.send(
                HttpRequest.newBuilder(URI.create(sandbox.adminUrl() + "/admin/payments"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, get.statusCode());
    }
}

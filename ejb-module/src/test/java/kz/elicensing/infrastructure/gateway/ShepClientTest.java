package kz.elicensing.infrastructure.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.evidence.Direction;
import kz.elicensing.domain.evidence.EvidenceKind;
import kz.elicensing.domain.evidence.EvidenceRecord;
import kz.elicensing.domain.evidence.InMemoryEvidenceLog;
import kz.elicensing.infrastructure.config.ElicensingConfig;
import kz.elicensing.infrastructure.signature.SecureXml;
import kz.elicensing.infrastructure.signature.SigningKeysAccess;
import kz.elicensing.sandbox.Sandbox;
import kz.elicensing.sandbox.SandboxConfig;
import kz.elicensing.sandbox.gateway.GatewayEndpoint;
import kz.elicensing.sandbox.gateway.fault.FaultSpec;
import kz.elicensing.sandbox.pki.DemoIdentities;
import kz.elicensing.sandbox.registry.LegalEntityRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The gateway client against the sandbox's ShEP gateway (Metro): answers read, and every byte in and out kept. */
class ShepClientTest {
    private static final String NUMBER = "EL-2026-00000042";
    private static Sandbox sandbox;
    private InMemoryEvidenceLog evidence;
    private ShepClient client;

    @BeforeAll
    static void start() throws Exception {
        sandbox = Sandbox.start(SandboxConfig.forTests(Files.createTempDirectory("gateway")));
        System.setProperty("elicensing.home", sandbox.config().dataDir().toString());
        System.setProperty("elicensing.system.keystore.password", "demo1234");
    }

    @AfterAll
    static void stop() {
        sandbox.close();
        System.clearProperty("elicensing.gateway.url");
        System.clearProperty("elicensing.home");
        System.clearProperty("elicensing.system.keystore.password");
    }

    @BeforeEach
    void client() {
        System.setProperty("elicensing.gateway.url", sandbox.gatewayUrl());
        evidence = new InMemoryEvidenceLog();
        client = new ShepClient();
        client.config = new ElicensingConfig();
        client.evidence = evidence;
        client.clock = Clock.systemUTC();
        client.signatures = SigningKeysAccess.messageSignatures(client.config);
        client.outbox = new OutboxStore() {
            @Override
            public String applicationOf(String messageId) {
                return NUMBER;
            }
        };
    }

    private static String text(EvidenceRecord r) {
        return new String(r.content(), StandardCharsets.UTF_8);
    }

    @Test
    void aPaymentCheckIsAnsweredAndBothEnvelopesAreKept() {
        String reference = "PAY-" + UUID.randomUUID();
        sandbox.payments().pay(reference, "150140000012", new BigDecimal("19660.00"));
        ShepPaymentGateway gateway = new ShepPaymentGateway();
        gateway.client = client;
        String messageId = UUID.randomUUID().toString();

        assertEquals(
                new BigDecimal("19660.00"),
                gateway.findPayment(reference, messageId).orElseThrow().amount());

        List<EvidenceRecord> kept = evidence.records();
        assertEquals(2, kept.size());
        EvidenceRecord request = kept.get(0);
        EvidenceRecord answer = kept.get(1);
        assertEquals(Direction.OUT, request.direction());
        assertEquals(EvidenceKind.GATEWAY_REQUEST, request.kind());
        assertEquals(Direction.IN, answer.direction());
        assertEquals(EvidenceKind.GATEWAY_RESPONSE, answer.kind());
        for (EvidenceRecord r : kept) {
            assertEquals("PEP_PaymentCheck", r.channel());
            assertEquals(messageId, r.messageId());
            assertEquals("ELICENSE", r.senderId());
            assertEquals(NUMBER, r.applicationNumber());
        }
        Document sent = SecureXml.parse(request.content());
        assertEquals("Envelope", sent.getDocumentElement().getLocalName());
        assertTrue(text(request).contains(reference) && text(request).contains(messageId), text(request));
        assertTrue(
                text(request).contains("<password>***</password>")
                        && !text(request).contains("elicense-demo-pass"),
                "the gateway password is not kept: " + text(request));
        assertTrue(text(answer).contains("PAID") && text(answer).contains(messageId), text(answer));
        assertTrue(evidence.verify().ok());
    }

    @Test
    void theSignedRegistryRequestIsKeptAsSent() {
        ShepLegalEntityRegistry registry = new ShepLegalEntityRegistry();
        registry.client = client;
        registry.config = client.config;
        registry.keys = SigningKeysAccess.of(client.config);

        assertEquals(
                "150140000012",
                registry.findByBin("150140000012", UUID.randomUUID().toString())
                        .orElseThrow()
                        .bin());
        String sent = text(evidence.records().get(0));
        assertTrue(
                sent.contains("GbdulInfoByBin_v2") && sent.contains("SignatureValue"),
                "the signed payload, escaped: " + sent);
    }

    @Test
    void anAnswerNotSignedByTheGatewayIsRefusedAndKept() {
        sandbox.faults()
                .set(
                        kz.elicensing.sandbox.gateway.GatewayEndpoint.PAYMENT_CHECK_SERVICE,
                        kz.elicensing.sandbox.gateway.fault.FaultSpec.wrongSignature());
        try {
            ShepPaymentGateway gateway = new ShepPaymentGateway();
            gateway.client = client;
            ElicensingException e = assertThrows(
                    ElicensingException.class,
                    () -> gateway.findPayment("PAY-DEMO-0001", UUID.randomUUID().toString()));
            assertEquals(ErrorCode.UPSTREAM_UNAVAILABLE, e.code());
            assertTrue(e.getMessage().contains("MESSAGE_SIGNATURE_INVALID"), e.getMessage());
            assertEquals(2, evidence.records().size(), "the refused answer is kept as evidence too");
        } finally {
            sandbox.faults().clear(kz.elicensing.sandbox.gateway.GatewayEndpoint.PAYMENT_CHECK_SERVICE);
        }
    }

    private ShepPaymentGateway payments() {
        ShepPaymentGateway gateway = new ShepPaymentGateway();
        gateway.client = client;
        return gateway;
    }

    private ShepLegalEntityRegistry legalEntities() {
        ShepLegalEntityRegistry registry = new ShepLegalEntityRegistry();
        registry.client = client;
        registry.config = client.config;
        registry.keys = SigningKeysAccess.of(client.config);
        return registry;
    }

    private ShepIndividualRegistry individuals() {
        ShepIndividualRegistry registry = new ShepIndividualRegistry();
        registry.client = client;
        registry.config = client.config;
        return registry;
    }

    /** With the sandbox's {@code fault} on {@code serviceId} for one call, {@code call} is UPSTREAM_UNAVAILABLE. */
    private void noAnswerUnder(String serviceId, FaultSpec fault, Runnable call, String detail) {
        sandbox.faults().set(serviceId, fault.times(1));
        try {
            ElicensingException e = assertThrows(ElicensingException.class, call::run, fault + " on " + serviceId);
            assertEquals(ErrorCode.UPSTREAM_UNAVAILABLE, e.code(), e.getMessage());
            assertTrue(e.getMessage().contains(detail), e.getMessage());
        } finally {
            sandbox.faults().clear(serviceId);
        }
    }

    @Test
    void anAnswerToAnotherMessageIsNoAnswerButKept() {
        String messageId = UUID.randomUUID().toString();
        noAnswerUnder(
                GatewayEndpoint.PAYMENT_CHECK_SERVICE,
                FaultSpec.wrongCorrelation(),
                () -> payments().findPayment("PAY-DEMO-0002", messageId),
                "not the request's messageId");
        assertEquals(
                List.of(EvidenceKind.GATEWAY_REQUEST, EvidenceKind.GATEWAY_RESPONSE),
                evidence.records().stream().map(EvidenceRecord::kind).toList(),
                "the unrelated answer is evidence too");
        noAnswerUnder(
                GatewayEndpoint.GBDUL_SERVICE,
                FaultSpec.wrongCorrelation(),
                () -> legalEntities()
                        .findByBin(DemoIdentities.COMPANY_BIN, UUID.randomUUID().toString()),
                "correlationId");
        noAnswerUnder(
                GatewayEndpoint.GBDFL_SERVICE,
                FaultSpec.wrongCorrelation(),
                () -> individuals()
                        .findByIin(DemoIdentities.PERSON_IIN, UUID.randomUUID().toString()),
                "correlationId");

        // the same question asked again under the same messageId, now answered properly, is a fact
        assertEquals(
                "PAY-DEMO-0002",
                payments().findPayment("PAY-DEMO-0002", messageId).orElseThrow().reference());
    }

    @Test
    void anAnswerAboutAnotherSubjectIsNoAnswer() {
        noAnswerUnder(
                GatewayEndpoint.PAYMENT_CHECK_SERVICE,
                FaultSpec.otherSubject(),
                () -> payments().findPayment("PAY-DEMO-0003", UUID.randomUUID().toString()),
                "payment reference");
        noAnswerUnder(
                GatewayEndpoint.PAYMENT_CHECK_SERVICE,
                FaultSpec.otherSubject(),
                () -> payments().findPayment("PAY-NEVER-MADE", UUID.randomUUID().toString()),
                "not the payment reference asked (PAY-NEVER-MADE)");
        noAnswerUnder(
                GatewayEndpoint.GBDUL_SERVICE,
                FaultSpec.otherSubject(),
                () -> legalEntities()
                        .findByBin(DemoIdentities.COMPANY_BIN, UUID.randomUUID().toString()),
                "BIN");
        // a company the registry does not know must not come back "found" as some other company
        noAnswerUnder(
                GatewayEndpoint.GBDUL_SERVICE,
                FaultSpec.otherSubject(),
                () -> legalEntities()
                        .findByBin(
                                LegalEntityRegistry.ABSENT_BIN,
                                UUID.randomUUID().toString()),
                "not the BIN asked (" + LegalEntityRegistry.ABSENT_BIN + ")");
        noAnswerUnder(
                GatewayEndpoint.GBDFL_SERVICE,
                FaultSpec.otherSubject(),
                () -> individuals()
                        .findByIin(DemoIdentities.PERSON_IIN, UUID.randomUUID().toString()),
                "IIN");

        assertTrue(
                legalEntities()
                        .findByBin(
                                LegalEntityRegistry.ABSENT_BIN,
                                UUID.randomUUID().toString())
                        .isEmpty(),
                "answered properly, the unknown company is not found");
        assertEquals(
                DemoIdentities.PERSON_IIN,
                individuals()
                        .findByIin(DemoIdentities.PERSON_IIN, UUID.randomUUID().toString())
                        .orElseThrow()
                        .iin());
    }

    @Test
    void aFaultIsUpstreamUnavailableAndKept() {
        ElicensingException e = assertThrows(
                ElicensingException.class,
                () -> client.send("NO_SUCH_SERVICE", UUID.randomUUID().toString(), "<x/>"));
        assertEquals(ErrorCode.UPSTREAM_UNAVAILABLE, e.code());
        List<EvidenceRecord> kept = evidence.records();
        assertEquals(2, kept.size());
        assertTrue(text(kept.get(1)).contains("Fault"), text(kept.get(1)));
    }

    @Test
    void anUnreachableGatewayKeepsTheRequestAlone() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        System.setProperty("elicensing.gateway.url", "http://127.0.0.1:" + closed + "/shep/bip-sync/");
        ElicensingException e = assertThrows(
                ElicensingException.class,
                () -> client.send("PEP_PaymentCheck", UUID.randomUUID().toString(), "<x/>"));
        assertEquals(ErrorCode.UPSTREAM_UNAVAILABLE, e.code());
        assertEquals(
                List.of(EvidenceKind.GATEWAY_REQUEST),
                evidence.records().stream().map(EvidenceRecord::kind).toList());
    }
}

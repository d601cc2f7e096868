package kz.elicensing.shep;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.infrastructure.signature.SantuarioSignedApplicationReader;
import kz.elicensing.infrastructure.signature.SignedApplicationReaders;
import kz.elicensing.infrastructure.signature.SigningCredential;
import kz.elicensing.infrastructure.signature.WsSecuritySigner;
import kz.elicensing.infrastructure.signature.fuzz.Mutations;
import kz.elicensing.sandbox.pki.DemoIdentities;
import kz.elicensing.sandbox.pki.IssuedIdentity;
import kz.elicensing.sandbox.pki.TestPki;
import kz.elicensing.sandbox.portal.ApplicationBuilder;
import kz.elicensing.sandbox.portal.XmlSigner;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.junit.jupiter.api.Assertions;

/**
 * The receiver over mutated signed envelopes and signed application payloads, with the real message signature check
 * and the real reader as the use case, and the idempotency ledger in memory: every answer is a success or a typed
 * refusal other than INTERNAL_ERROR, a refusal leaves no ledger row (a final one is kept as that message's refusal,
 * issue 13) and no run of the use case's storing part, a
 * success leaves exactly one answered row.
 */
class ReceiverFuzzTest {
    private static final String SUBMIT = "ELICENSE_SubmitApplication";
    private static final String ENVELOPE = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">"
            + "<soap:Header/><soap:Body><t:SendMessage xmlns:t=\"http://bip.bee.kz/SyncChannel/v10/Types\"><request>"
            + "<requestInfo><messageId>m</messageId><serviceId>ELICENSE_SubmitApplication</serviceId>"
            + "<sender><senderId>PORTAL</senderId></sender></requestInfo><requestData><data>d</data></requestData>"
            + "</request></t:SendMessage></soap:Body></soap:Envelope>";

    private static MessageSignatures signatures;
    private static SantuarioSignedApplicationReader reader;
    private static byte[] envelope;
    private static byte[] application;

    @BeforeContainer
    static void pki() throws Exception {
        Path data = Files.createTempDirectory("receiver-fuzz");
        TestPki pki = TestPki.open(data);
        DemoIdentities demo = DemoIdentities.open(data, pki);
        signatures = SignedApplicationReaders.messageSignatures(pki.trustDir());
        reader = SignedApplicationReaders.trusting(pki.trustDir());
        IssuedIdentity portal = demo.get(DemoIdentities.Demo.PORTAL_SYSTEM);
        envelope = WsSecuritySigner.sign(
                ENVELOPE.getBytes(StandardCharsets.UTF_8),
                new SigningCredential(portal.privateKey(), portal.certificate()));
        application = new XmlSigner(demo.company())
                .signToXml(ApplicationBuilder.securityActivity()
                        .forDemoCompany()
                        .requestId("7f1c0000-0000-4000-8000-00000000f023")
                        .build())
                .getBytes(StandardCharsets.UTF_8);
    }

    @Provide
    Arbitrary<List<Mutations.Mutation>> mutations() {
        return Mutations.someMutations();
    }

    @Property
    void aMutatedEnvelopeIsAnsweredTypedAndARefusalKeepsNothing(@ForAll("mutations") List<Mutations.Mutation> m) {
        receiveAndCheck(Mutations.apply(envelope, m), application, m);
    }

    @Property
    void aMutatedPayloadIsAnsweredTypedAndARefusalKeepsNothing(@ForAll("mutations") List<Mutations.Mutation> m) {
        receiveAndCheck(envelope, Mutations.apply(application, m), m);
    }

    private static void receiveAndCheck(byte[] envelopeBytes, byte[] payload, List<Mutations.Mutation> m) {
        DefaultMessageReceiverTest.MemoryLedger ledger = new DefaultMessageReceiverTest.MemoryLedger();
        AtomicInteger stored = new AtomicInteger();
        DefaultMessageReceiver receiver = receiver(ledger, message -> {
            reader.read(message.payload().getBytes(StandardCharsets.UTF_8), Instant.now());
            stored.incrementAndGet(); // the use case stores only once the whole payload is read
            return new OutboundMessage("SUCCESS", "ok", "<ok/>");
        });
        String messageId = UUID.randomUUID().toString();
        InboundMessage message = new InboundMessage(
                "PORTAL",
                "pass",
                messageId,
                SUBMIT,
                "ru",
                new String(payload, StandardCharsets.UTF_8),
                envelopeBytes,
                Instant.now());
        try {
            receiver.receive(message);
            Assertions.assertTrue(
                    ledger.find("PORTAL", messageId).orElseThrow().answered(), "a success is answered: " + m);
            Assertions.assertEquals(1, stored.get());
        } catch (ElicensingException e) {
            Assertions.assertNotEquals(ErrorCode.INTERNAL_ERROR, e.code(), () -> "INTERNAL_ERROR for " + m);
            Assertions.assertTrue(ledger.rows.isEmpty(), () -> "a refusal (" + e.code() + ") left a row for " + m);
            Assertions.assertEquals(0, stored.get(), () -> "a refusal stored something for " + m);
        } catch (RuntimeException e) {
            Assertions.fail("untyped " + e + " for " + m, e);
        }
    }

    private static DefaultMessageReceiver receiver(MessageLedger ledger, MessageService service) {
        DefaultMessageReceiver r = new DefaultMessageReceiver();
        r.senders = DefaultMessageReceiverTest.ANY_SENDER;
        r.signatures = signatures;
        DefaultMessageReceiverTest.wire(r, ledger, service, Duration.ofSeconds(1), 0);
        return r;
    }
}

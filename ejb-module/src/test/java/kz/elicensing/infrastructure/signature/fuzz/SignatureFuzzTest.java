package kz.elicensing.infrastructure.signature.fuzz;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.infrastructure.signature.SantuarioSignedApplicationReader;
import kz.elicensing.infrastructure.signature.SignedApplicationReaders;
import kz.elicensing.infrastructure.signature.SigningCredential;
import kz.elicensing.infrastructure.signature.WsSecuritySigner;
import kz.elicensing.sandbox.pki.DemoIdentities;
import kz.elicensing.sandbox.pki.IssuedIdentity;
import kz.elicensing.sandbox.pki.TestPki;
import kz.elicensing.sandbox.portal.ApplicationBuilder;
import kz.elicensing.sandbox.portal.XmlSigner;
import kz.elicensing.shep.MessageSignatures;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.junit.jupiter.api.Assertions;

/**
 * Property tests over mutated signed applications (the document signature) and signed envelopes (the message
 * signature): every outcome is a success or an {@link ElicensingException} with a typed code other than
 * INTERNAL_ERROR; no other exception escapes. Tries: {@code jqwik.tries.default} (junit-platform.properties, or
 * {@code -Djqwik.tries.default=...} for a long run, see docs/testing.md).
 */
class SignatureFuzzTest {
    static final String ENVELOPE = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">"
            + "<soap:Header/><soap:Body><t:SendMessage xmlns:t=\"http://bip.bee.kz/SyncChannel/v10/Types\"><request>"
            + "<requestInfo><messageId>5d3c1e8a-0000-4000-8000-000000000001</messageId>"
            + "<serviceId>ELICENSE_SubmitApplication</serviceId><sender><senderId>PORTAL</senderId></sender>"
            + "</requestInfo><requestData><data>Қазақстан әғқңөұүһі</data></requestData></request></t:SendMessage>"
            + "</soap:Body></soap:Envelope>";

    static SantuarioSignedApplicationReader reader;
    static MessageSignatures messages;
    static byte[] application;
    static byte[] envelope;

    @BeforeContainer
    static void pki() throws Exception {
        Path data = Files.createTempDirectory("fuzz");
        TestPki pki = TestPki.open(data);
        DemoIdentities demo = DemoIdentities.open(data, pki);
        reader = SignedApplicationReaders.trusting(pki.trustDir());
        messages = SignedApplicationReaders.messageSignatures(pki.trustDir());
        application = new XmlSigner(demo.company())
                .signToXml(ApplicationBuilder.securityActivity()
                        .forDemoCompany()
                        .requestId("7f1c0000-0000-4000-8000-00000000f022")
                        .build())
                .getBytes(StandardCharsets.UTF_8);
        IssuedIdentity system = demo.get(DemoIdentities.Demo.PORTAL_SYSTEM);
        envelope = WsSecuritySigner.sign(
                ENVELOPE.getBytes(StandardCharsets.UTF_8),
                new SigningCredential(system.privateKey(), system.certificate()));
        // the unmutated inputs pass: the properties start from valid documents
        reader.read(application, Instant.now());
        messages.verify(envelope, Instant.now());
    }

    @Provide
    Arbitrary<List<Mutations.Mutation>> mutations() {
        return Mutations.someMutations();
    }

    @Property
    void aMutatedSignedApplicationIsReadOrRefusedWithATypedCode(@ForAll("mutations") List<Mutations.Mutation> m) {
        byte[] mutated = Mutations.apply(application, m);
        typedOrSuccess(() -> reader.read(mutated, Instant.now()), m);
    }

    @Property
    void aMutatedSignedEnvelopeIsVerifiedOrRefusedWithATypedCode(@ForAll("mutations") List<Mutations.Mutation> m) {
        byte[] mutated = Mutations.apply(envelope, m);
        typedOrSuccess(() -> messages.verify(mutated, Instant.now()), m);
    }

    /** The invariant: a success, or a typed refusal that is not INTERNAL_ERROR; nothing else escapes. */
    static void typedOrSuccess(Runnable call, List<Mutations.Mutation> mutations) {
        try {
            call.run();
        } catch (ElicensingException e) {
            if (e.code() == ErrorCode.INTERNAL_ERROR) {
                Assertions.fail("INTERNAL_ERROR for " + mutations, e);
            }
        } catch (RuntimeException | StackOverflowError e) {
            Assertions.fail("untyped " + e + " for " + mutations, e);
        }
    }
}

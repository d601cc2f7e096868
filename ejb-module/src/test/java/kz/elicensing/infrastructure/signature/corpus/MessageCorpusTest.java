package kz.elicensing.infrastructure.signature.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.infrastructure.config.ElicensingConfig;
import kz.elicensing.infrastructure.signature.OnlineRevocationCheckerAccess;
import kz.elicensing.sandbox.Sandbox;
import kz.elicensing.sandbox.SandboxConfig;
import kz.elicensing.sandbox.gateway.HostileMessages;
import kz.elicensing.sandbox.gateway.MessageSigner;
import kz.elicensing.sandbox.pki.DemoIdentities;
import kz.elicensing.sandbox.xml.SafeXml;
import kz.elicensing.shep.MessageSignatures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The message-level hostile corpus ({@link HostileMessages}: two Bodies, two Security headers, a token other than
 * the KeyInfo's, an unsigned Body, expired and revoked sending certificates) against the message signature check with
 * revocation on (the sandbox's OCSP responder); {@code MessageCorpusIT} sends the same cases to the deployed EAR.
 */
class MessageCorpusTest {
    static final String ENVELOPE = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">"
            + "<soap:Body><t:SendMessage xmlns:t=\"http://bip.bee.kz/SyncChannel/v10/Types\"><request>"
            + "<requestInfo><messageId>" + UUID.randomUUID() + "</messageId>"
            + "<serviceId>ELICENSE_GetApplicationStatus</serviceId><sender><senderId>PORTAL</senderId>"
            + "<password>portal-demo-pass</password></sender></requestInfo><requestData><data>x</data></requestData>"
            + "</request></t:SendMessage></soap:Body></soap:Envelope>";

    /** Why each case is refused (a part of the refusal's detail), so that no case passes for another reason. */
    private static final Map<String, String> REASONS = Map.of(
            "two-bodies", "more than one soap:Body",
            "two-security-headers", "more than one wsse:Security",
            "token-does-not-match-keyinfo", "does not verify",
            "unsigned-body", "not to the Body",
            "expired-sending-certificate", "CERTIFICATE_EXPIRED",
            "revoked-sending-certificate", "CERTIFICATE_REVOKED");

    private static Sandbox sandbox;
    private static MessageSignatures signatures;

    @BeforeAll
    static void start() throws Exception {
        sandbox = Sandbox.start(SandboxConfig.forTests(Files.createTempDirectory("message-corpus")));
        Path trust = sandbox.trustDir();
        ElicensingConfig config = new ElicensingConfig() {
            @Override
            public Path trustDirectory() {
                return trust;
            }
        };
        signatures = OnlineRevocationCheckerAccess.messageSignatures(config);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void theSameEnvelopeSignedProperlyPasses() throws Exception {
        var doc = SafeXml.parse(ENVELOPE);
        var portal = sandbox.demo().portalSystem();
        MessageSigner.sign(doc, portal.privateKey(), portal.certificate());
        signatures.verify(SafeXml.toXml(doc).getBytes(StandardCharsets.UTF_8), Instant.now());
    }

    @TestFactory
    Stream<DynamicTest> everyHostileMessageIsMessageSignatureInvalid() {
        return HostileMessages.cases(
                        sandbox.pki(),
                        sandbox.demo().portalSystem(),
                        DemoIdentities.Demo.PORTAL_SYSTEM.spec(),
                        ENVELOPE)
                .stream()
                .map(c -> dynamicTest(c.name() + ": " + c.description(), () -> {
                    ElicensingException e = assertThrows(
                            ElicensingException.class,
                            () -> signatures.verify(c.envelope().getBytes(StandardCharsets.UTF_8), Instant.now()));
                    assertEquals(ErrorCode.valueOf(HostileMessages.EXPECTED), e.code(), c.name());
                    assertTrue(e.getMessage().contains(REASONS.get(c.name())), () -> c.name() + ": " + e.getMessage());
                }));
    }
}

package kz.elicensing.infrastructure.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.infrastructure.config.ElicensingConfig;
import kz.elicensing.sandbox.Sandbox;
import kz.elicensing.sandbox.SandboxConfig;
import kz.elicensing.sandbox.pki.IdentitySpec;
import kz.elicensing.sandbox.pki.IssuedIdentity;
import kz.elicensing.sandbox.portal.ApplicationBuilder;
import kz.elicensing.sandbox.portal.XmlSigner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Finding 6: an OCSP answer counts only when it is fresh (thisUpdate, nextUpdate, producedAt against the validation
 * time with a small skew), carries our nonce (unless the CA's policy says optional), and an old GOOD answer replayed
 * after a revocation does not pass; intermediate CAs are checked for revocation too. Against the sandbox's responder,
 * made to misbehave with its fault switches.
 */
class OcspFreshnessTest {
    private static Sandbox sandbox;
    private static X509Certificate ca;

    @BeforeAll
    static void start() throws Exception {
        sandbox = Sandbox.start(SandboxConfig.forTests(Files.createTempDirectory("ocsp-freshness")));
        ca = sandbox.pki().caCertificate();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @AfterEach
    void wellBehaved() {
        sandbox.revocationFaults().reset();
    }

    private static ElicensingConfig config(Path trustDir) {
        return config(trustDir, Duration.ofMinutes(15));
    }

    /** Reads {@code trustDir}, caches nothing, takes OCSP answers up to {@code maxAge} old. */
    private static ElicensingConfig config(Path trustDir, Duration maxAge) {
        return new ElicensingConfig() {
            @Override
            public Duration ocspMaxAnswerAge() {
                return maxAge;
            }

            @Override
            public Path trustDirectory() {
                return trustDir;
            }

            @Override
            public Duration revocationCacheTime() {
                return Duration.ZERO;
            }
        };
    }

    private static OnlineRevocationChecker checker(Path trustDir) {
        return checker(trustDir, Duration.ofMinutes(15));
    }

    private static OnlineRevocationChecker checker(Path trustDir, Duration maxAge) {
        OnlineRevocationChecker checker = new OnlineRevocationChecker();
        checker.config = config(trustDir, maxAge);
        checker.trustAnchors = new TrustAnchors();
        checker.trustAnchors.config = checker.config;
        return checker;
    }

    /** A trust directory with the sandbox CA and a sidecar with {@code properties}. */
    private static Path trustWith(String properties) throws Exception {
        Path trust = Files.createTempDirectory("trust");
        Files.copy(sandbox.trustDir().resolve("sandbox-ca.pem"), trust.resolve("sandbox-ca.pem"));
        Files.writeString(trust.resolve("sandbox-ca.properties"), properties);
        return trust;
    }

    private static IdentitySpec.Builder person() {
        return IdentitySpec.builder(IdentitySpec.Kind.INDIVIDUAL)
                .iin("751102300459")
                .surname("ҒАБИТОВ")
                .name("ІЛИЯС")
                .usage(IdentitySpec.Usage.SIGNING);
    }

    private static X509Certificate fresh() {
        return sandbox.pki().issue(person().build()).certificate();
    }

    private static ErrorCode refusal(OnlineRevocationChecker checker, X509Certificate cert) {
        return assertThrows(ElicensingException.class, () -> checker.check(cert, ca, Instant.now()))
                .code();
    }

    @Test
    void aWellBehavedResponderIsBelieved() {
        assertTrue(checker(sandbox.trustDir())
                .check(fresh(), ca, Instant.now())
                .source()
                .startsWith("OCSP "));
    }

    @Test
    void anOldAnswerStillBeforeItsNextUpdateIsNoAnswer() {
        sandbox.revocationFaults().ocspShift(Duration.ofMinutes(-40)).crlDown(true);
        assertEquals(ErrorCode.REVOCATION_UNKNOWN, refusal(checker(sandbox.trustDir()), fresh()));
    }

    @Test
    void anOldAnswerWithoutNextUpdateIsNoAnswer() {
        sandbox.revocationFaults()
                .ocspShift(Duration.ofHours(-3))
                .ocspNextUpdate(false)
                .crlDown(true);
        assertEquals(ErrorCode.REVOCATION_UNKNOWN, refusal(checker(sandbox.trustDir()), fresh()));
    }

    @Test
    void anAnswerFromTheFutureIsNoAnswer() {
        sandbox.revocationFaults().ocspShift(Duration.ofHours(1)).crlDown(true);
        assertEquals(ErrorCode.REVOCATION_UNKNOWN, refusal(checker(sandbox.trustDir()), fresh()));
    }

    @Test
    void anAnswerWithinTheSkewIsBelieved() {
        sandbox.revocationFaults().ocspShift(Duration.ofMinutes(2)).crlDown(true);
        assertTrue(checker(sandbox.trustDir())
                .check(fresh(), ca, Instant.now())
                .source()
                .startsWith("OCSP "));
    }

    @Test
    void anAnswerWithoutOurNonceIsNoAnswerUnlessTheCaPolicySaysOptional() throws Exception {
        sandbox.revocationFaults().ocspNonce(false).crlDown(true);
        X509Certificate cert = fresh();
        assertEquals(ErrorCode.REVOCATION_UNKNOWN, refusal(checker(sandbox.trustDir()), cert));
        assertTrue(checker(trustWith("ocsp.nonce=optional\n"))
                .check(cert, ca, Instant.now())
                .source()
                .startsWith("OCSP "));
        sandbox.revocationFaults().crlDown(false);
        assertTrue(
                checker(sandbox.trustDir())
                        .check(cert, ca, Instant.now())
                        .source()
                        .startsWith("CRL "),
                "the CRL answers instead");
    }

    @Test
    void anOldGoodAnswerReplayedAfterTheRevocationDoesNotPass() throws Exception {
        X509Certificate cert = fresh();
        // an attacker records a GOOD answer without a nonce, ten minutes before the revocation
        sandbox.revocationFaults()
                .ocspNonce(false)
                .ocspShift(Duration.ofMinutes(-10))
                .crlDown(true);
        assertTrue(checker(trustWith("ocsp.nonce=optional\n"))
                .check(cert, ca, Instant.now().minusSeconds(600))
                .source()
                .startsWith("OCSP "));
        sandbox.pki().revoke(cert, 1, Instant.now().minusSeconds(60));
        sandbox.revocationFaults().ocspShift(Duration.ZERO).ocspReplay(true);
        assertEquals(ErrorCode.REVOCATION_UNKNOWN, refusal(checker(sandbox.trustDir()), cert), "nonce required");
        assertEquals(
                ErrorCode.REVOCATION_UNKNOWN,
                refusal(checker(trustWith("ocsp.nonce=optional\n"), Duration.ofMinutes(5)), cert),
                "nonce optional: the replay is older than the answer age allowed");
        sandbox.revocationFaults().crlDown(false);
        assertEquals(ErrorCode.CERTIFICATE_REVOKED, refusal(checker(sandbox.trustDir()), cert), "the CRL knows");
    }

    @Test
    void aRevokedIntermediateRevokesTheSignaturesUnderIt() {
        IssuedIdentity intermediate =
                sandbox.pki().issueIntermediate("НУЦ РК (SANDBOX) INTERMEDIATE " + UUID.randomUUID());
        IssuedIdentity head = sandbox.pki()
                .issue(
                        IdentitySpec.builder(IdentitySpec.Kind.LEGAL_ENTITY_HEAD)
                                .iin("900515300018")
                                .bin("150140000012")
                                .surname("ӘБІЛОВ")
                                .name("ҚАЙРАТ")
                                .organisation("ТОО «Қорғау-Сервис»")
                                .usage(IdentitySpec.Usage.SIGNING)
                                .build(),
                        intermediate);
        byte[] signed = signedWithChain(head, intermediate.certificate());
        SignedDocumentVerifier verifier = OnlineRevocationCheckerAccess.verifier(config(sandbox.trustDir()));
        ValidationReport ok = new ValidationReport(Instant.now());
        verifier.verify(verifier.parse(signed, ok), Instant.now(), ok);

        sandbox.pki().revoke(intermediate.certificate(), 2, Instant.now().minusSeconds(60));
        ValidationReport report = new ValidationReport(Instant.now());
        ElicensingException e = assertThrows(
                ElicensingException.class,
                () -> verifier.verify(verifier.parse(signed, report), Instant.now(), report));
        assertEquals(ErrorCode.CERTIFICATE_REVOKED, e.code());
    }

    /** A signed application whose KeyInfo carries the signer's certificate and then {@code intermediate}. */
    private static byte[] signedWithChain(IssuedIdentity signer, X509Certificate intermediate) {
        Document doc = new XmlSigner(signer)
                .sign(ApplicationBuilder.securityActivity()
                        .forDemoCompany()
                        .requestId(UUID.randomUUID().toString())
                        .build());
        Element data = (Element) doc.getElementsByTagNameNS(EnvelopedSignatureVerifier.DSIG, "X509Data")
                .item(0);
        Element cert = doc.createElementNS(EnvelopedSignatureVerifier.DSIG, data.getPrefix() + ":X509Certificate");
        try {
            cert.setTextContent(Base64.getEncoder().encodeToString(intermediate.getEncoded()));
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
        data.appendChild(cert);
        return XmlSigner.toXml(doc).getBytes(StandardCharsets.UTF_8);
    }
}

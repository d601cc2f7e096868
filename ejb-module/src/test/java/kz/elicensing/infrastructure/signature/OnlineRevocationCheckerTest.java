package kz.elicensing.infrastructure.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.infrastructure.config.ElicensingConfig;
import kz.elicensing.sandbox.Sandbox;
import kz.elicensing.sandbox.SandboxConfig;
import kz.elicensing.sandbox.pki.IdentitySpec;
import kz.elicensing.sandbox.pki.IssuedIdentity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** OCSP first, CRL as fallback, answers cached, and never a pass without an answer: against the sandbox's real responders. */
class OnlineRevocationCheckerTest {
    private static Sandbox sandbox;
    private static X509Certificate ca;

    @BeforeAll
    static void start() throws Exception {
        sandbox = Sandbox.start(SandboxConfig.forTests(Files.createTempDirectory("revocation")));
        ca = sandbox.pki().caCertificate();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @AfterEach
    void up() {
        sandbox.revocationFaults().ocspDown(false);
        sandbox.revocationFaults().crlDown(false);
    }

    private static OnlineRevocationChecker checker(Path trustDir, long cacheSeconds) {
        System.setProperty("elicensing.trust.dir", trustDir.toString());
        System.setProperty("elicensing.revocation.cache-seconds", String.valueOf(cacheSeconds));
        OnlineRevocationChecker checker = new OnlineRevocationChecker();
        checker.config = new ElicensingConfig();
        checker.trustAnchors = new TrustAnchors();
        checker.trustAnchors.config = checker.config;
        return checker;
    }

    private static X509Certificate fresh() {
        return fresh(IdentitySpec.builder(IdentitySpec.Kind.INDIVIDUAL));
    }

    private static X509Certificate fresh(IdentitySpec.Builder spec) {
        IssuedIdentity id = sandbox.pki()
                .issue(spec.iin("751102300459")
                        .surname("ҒАБИТОВ")
                        .name("ІЛИЯС")
                        .usage(IdentitySpec.Usage.SIGNING)
                        .build());
        return id.certificate();
    }

    @Test
    void aGoodCertificateIsConfirmedByOcspThenServedFromTheCache() {
        OnlineRevocationChecker checker = checker(sandbox.trustDir(), 300);
        X509Certificate cert = fresh();
        RevocationStatus first = checker.check(cert, ca, Instant.now());
        assertTrue(first.source().startsWith("OCSP "), first.source());
        assertFalse(first.fromCache());
        sandbox.revocationFaults().ocspDown(true);
        sandbox.revocationFaults().crlDown(true);
        assertTrue(checker.check(cert, ca, Instant.now()).fromCache());
    }

    @Test
    void aRevokedCertificateCarriesItsRevocationTime() {
        OnlineRevocationChecker checker = checker(sandbox.trustDir(), 0);
        X509Certificate cert = fresh();
        Instant revokedAt = Instant.parse("2026-01-02T03:04:05Z");
        sandbox.pki().revoke(cert, 1, revokedAt);
        ElicensingException e = assertThrows(ElicensingException.class, () -> checker.check(cert, ca, Instant.now()));
        assertEquals(ErrorCode.CERTIFICATE_REVOKED, e.code());
        assertEquals(revokedAt.toString(), e.arguments()[0]);
        // a signature made before the revocation still stands
        checker.check(cert, ca, revokedAt.minusSeconds(60));
    }

    @Test
    void whenOcspIsDownTheCrlAnswers() {
        OnlineRevocationChecker checker = checker(sandbox.trustDir(), 0);
        sandbox.revocationFaults().ocspDown(true);
        X509Certificate revoked = fresh();
        sandbox.pki().revoke(revoked, 0, Instant.now().minusSeconds(10));
        assertTrue(checker.check(fresh(), ca, Instant.now()).source().startsWith("CRL "));
        assertEquals(
                ErrorCode.CERTIFICATE_REVOKED,
                assertThrows(ElicensingException.class, () -> checker.check(revoked, ca, Instant.now()))
                        .code());
    }

    @Test
    void noAnswerIsRevocationUnknown() {
        OnlineRevocationChecker checker = checker(sandbox.trustDir(), 0);
        sandbox.revocationFaults().ocspDown(true);
        sandbox.revocationFaults().crlDown(true);
        assertEquals(
                ErrorCode.REVOCATION_UNKNOWN,
                assertThrows(ElicensingException.class, () -> checker.check(fresh(), ca, Instant.now()))
                        .code());
    }

    @Test
    void aCertificateNamingNoResponderIsRevocationUnknownUnlessTheCaPolicySaysNone() throws Exception {
        X509Certificate silent =
                fresh(IdentitySpec.builder(IdentitySpec.Kind.INDIVIDUAL).noRevocationInfo());
        assertEquals(
                ErrorCode.REVOCATION_UNKNOWN,
                assertThrows(
                                ElicensingException.class,
                                () -> checker(sandbox.trustDir(), 0).check(silent, ca, Instant.now()))
                        .code());

        Path trust = Files.createTempDirectory("trust");
        Files.copy(sandbox.trustDir().resolve("sandbox-ca.pem"), trust.resolve("sandbox-ca.pem"));
        Files.writeString(trust.resolve("sandbox-ca.properties"), "revocation=none\n");
        assertTrue(checker(trust, 0).check(silent, ca, Instant.now()).source().startsWith("POLICY:none"));
    }

    @Test
    void aConfiguredOcspUrlOverridesTheCertificates() throws Exception {
        X509Certificate silent =
                fresh(IdentitySpec.builder(IdentitySpec.Kind.INDIVIDUAL).noRevocationInfo());
        Path trust = Files.createTempDirectory("trust");
        Files.copy(sandbox.trustDir().resolve("sandbox-ca.pem"), trust.resolve("sandbox-ca.pem"));
        Files.writeString(trust.resolve("sandbox-ca.properties"), "ocsp.url=" + sandbox.ocspUrl() + "\n");
        assertTrue(checker(trust, 0).check(silent, ca, Instant.now()).source().contains(sandbox.ocspUrl()));
    }
}

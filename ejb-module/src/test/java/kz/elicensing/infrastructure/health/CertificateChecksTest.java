package kz.elicensing.infrastructure.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import kz.elicensing.application.ops.CheckResult;
import kz.elicensing.sandbox.pki.TestPki;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trust anchors and signing keys are ready only with certificates valid now. */
class CertificateChecksTest {
    @TempDir
    static Path temp;

    private static X509Certificate ca;

    @BeforeAll
    static void pki() {
        ca = TestPki.open(temp).caCertificate();
    }

    @Test
    void trustAnchorsNeedOneValidCertificate() {
        Date now = new Date();
        assertTrue(TrustAnchorsReadiness.check(List.of(ca), now, "trust").up());
        assertFalse(TrustAnchorsReadiness.check(List.of(), now, "trust").up());
        Date later = Date.from(ca.getNotAfter().toInstant().plus(Duration.ofDays(1)));
        assertFalse(TrustAnchorsReadiness.check(List.of(ca), later, "trust").up());
    }

    @Test
    void signingKeysNeedValidCertificates() {
        CheckResult r = SigningKeysReadiness.check(ca, ca, Instant.now());
        assertTrue(r.up());
        assertEquals(ca.getNotAfter().toInstant().toString(), r.data().get("providerNotAfter"));
        Instant later = ca.getNotAfter().toInstant().plus(Duration.ofDays(1));
        assertFalse(SigningKeysReadiness.check(ca, ca, later).up());
    }
}

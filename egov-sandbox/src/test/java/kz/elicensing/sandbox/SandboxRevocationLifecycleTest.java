package kz.elicensing.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import kz.elicensing.sandbox.pki.DemoIdentities;
import kz.elicensing.sandbox.pki.DemoIdentities.Demo;
import kz.elicensing.sandbox.pki.IdentitySpec;
import kz.elicensing.sandbox.pki.IdentitySpec.Kind;
import kz.elicensing.sandbox.pki.IssuedIdentity;
import kz.elicensing.sandbox.pki.Revocation;
import kz.elicensing.sandbox.pki.RevocationUrls;
import kz.elicensing.sandbox.pki.TestPki;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxRevocationLifecycleTest {

    private static X509Certificate issue(Sandbox s) {
        return s.pki()
                .issue(IdentitySpec.builder(Kind.INDIVIDUAL)
                        .iin("751102300459")
                        .surname("ҒАБИТОВ")
                        .name("ІЛИЯС")
                        .build())
                .certificate();
    }

    @Test
    void revocationsAndIssuedSerialsSurviveARestart(@TempDir Path dir) throws Exception {
        X509Certificate revoked;
        X509Certificate good;
        X509Certificate ca;
        Instant at = Instant.parse("2025-05-06T07:08:09Z");
        try (Sandbox first = Sandbox.start(SandboxConfig.forTests(dir))) {
            ca = first.pki().caCertificate();
            revoked = issue(first);
            good = issue(first);
            first.pki().revoke(revoked, Revocation.CERTIFICATE_HOLD, at);
        }
        try (Sandbox second = Sandbox.start(SandboxConfig.forTests(dir))) {
            assertEquals(ca, second.pki().caCertificate());
            RevokedStatus s = assertInstanceOf(
                    RevokedStatus.class,
                    RevocationClient.askOne(second.ocspUrl(), ca, revoked.getSerialNumber())
                            .getCertStatus());
            assertEquals(at, s.getRevocationTime().toInstant());
            assertEquals(Revocation.CERTIFICATE_HOLD, s.getRevocationReason());
            assertEquals(
                    CertificateStatus.GOOD,
                    RevocationClient.askOne(second.ocspUrl(), ca, good.getSerialNumber())
                            .getCertStatus());
            assertNotNull(RevocationClient.crl(second.crlUrl()).getRevokedCertificate(revoked.getSerialNumber()));
        }
    }

    @Test
    void demoIdentitiesWithoutAiaAreReissuedForTheRunningSandbox(@TempDir Path dir) throws Exception {
        TestPki offline = TestPki.open(dir);
        DemoIdentities old = DemoIdentities.open(dir, offline);
        Map<Demo, BigInteger> oldSerials = new EnumMap<>(Demo.class);
        for (Demo d : Demo.values()) {
            assertEquals(Optional.empty(), RevocationUrls.ocspUrlOf(old.get(d).certificate()));
            oldSerials.put(d, old.get(d).certificate().getSerialNumber());
        }

        String firstOcsp;
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.forTests(dir))) {
            firstOcsp = sandbox.ocspUrl();
            assertEquals(offline.caCertificate(), sandbox.pki().caCertificate(), "the CA is kept");
            assertEquals(
                    sandbox.adminUrl() + "\n",
                    Files.readString(dir.resolve(TestPki.REVOCATION_BASE_FILE), StandardCharsets.UTF_8));
            for (Demo d : Demo.values()) {
                Path file = dir.resolve(DemoIdentities.KEYS_DIR).resolve(d.fileName());
                IssuedIdentity onDisk = IssuedIdentity.loadP12(file, DemoIdentities.PASSWORD.toCharArray());
                assertEquals(sandbox.demo().get(d).certificate(), onDisk.certificate());
                assertNotEquals(oldSerials.get(d), onDisk.certificate().getSerialNumber(), d + " re-issued");
                assertEquals(Optional.of(sandbox.ocspUrl()), RevocationUrls.ocspUrlOf(onDisk.certificate()));
                assertEquals(Optional.of(sandbox.crlUrl()), RevocationUrls.crlUrlOf(onDisk.certificate()));
                assertEquals(old.get(d).subjectDn(), onDisk.subjectDn());
            }
            assertEquals(
                    CertificateStatus.GOOD,
                    RevocationClient.askOne(
                                    sandbox.ocspUrl(),
                                    sandbox.pki().caCertificate(),
                                    sandbox.demo().company().certificate().getSerialNumber())
                            .getCertStatus());
        }

        try (Sandbox again = Sandbox.start(SandboxConfig.forTests(dir))) {
            if (!again.ocspUrl().equals(firstOcsp)) {
                assertEquals(
                        Optional.of(again.ocspUrl()),
                        RevocationUrls.ocspUrlOf(again.demo().person().certificate()),
                        "follows the new port");
            }
        }
    }

    @Test
    void cliRevokeIsSeenByTheRunningSandbox(@TempDir Path dir) throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.forTests(dir))) {
            X509Certificate cert = issue(sandbox);
            X509Certificate company = sandbox.demo().company().certificate();
            X509Certificate ca = sandbox.pki().caCertificate();

            String printed = run(
                    "revoke",
                    "--data",
                    dir.toString(),
                    "--reason",
                    "1",
                    "--at",
                    "2025-01-02T03:04:05Z",
                    cert.getSerialNumber().toString(16));
            run("revoke", "--data", dir.toString(), "--as", "company");

            assertTrue(
                    printed.startsWith(
                            "revoked " + cert.getSerialNumber().toString(16) + " reason 1 at 2025-01-02T03:04:05Z"),
                    printed);
            RevokedStatus s = assertInstanceOf(
                    RevokedStatus.class,
                    RevocationClient.askOne(sandbox.ocspUrl(), ca, cert.getSerialNumber())
                            .getCertStatus());
            assertEquals(
                    Instant.parse("2025-01-02T03:04:05Z"), s.getRevocationTime().toInstant());
            assertTrue(sandbox.pki().isRevoked(company.getSerialNumber()));
            assertNotNull(RevocationClient.crl(sandbox.crlUrl()).getRevokedCertificate(company.getSerialNumber()));
        }
    }

    private static String run(String... args) throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        assertEquals(0, SandboxMain.run(args, new PrintStream(buf, true, StandardCharsets.UTF_8)));
        return buf.toString(StandardCharsets.UTF_8);
    }
}

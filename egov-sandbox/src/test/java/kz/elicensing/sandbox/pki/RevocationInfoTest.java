package kz.elicensing.sandbox.pki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import kz.elicensing.sandbox.RevocationClient;
import kz.elicensing.sandbox.pki.IdentitySpec.Kind;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RevocationInfoTest {

    private static final String BASE = "http://127.0.0.1:18999";

    private static IdentitySpec.Builder person() {
        return IdentitySpec.builder(Kind.INDIVIDUAL)
                .iin("751102300459")
                .surname("ҒАБИТОВ")
                .name("ІЛИЯС");
    }

    @Test
    void trustedCertificateNamesOcspCaIssuersAndCrl(@TempDir Path dir) throws Exception {
        TestPki pki = TestPki.open(dir, BASE + "/");
        X509Certificate cert = pki.issue(person().build()).certificate();

        assertEquals(Optional.of(BASE + "/ocsp"), RevocationUrls.ocspUrlOf(cert));
        assertEquals(Optional.of(BASE + "/ca/sandbox-ca.cer"), RevocationUrls.caIssuersUrlOf(cert));
        assertEquals(Optional.of(BASE + "/crl/sandbox-ca.crl"), RevocationUrls.crlUrlOf(cert));
        assertFalse(cert.getCriticalExtensionOIDs().contains(Extension.authorityInfoAccess.getId()));
        assertEquals(BASE + "\n", Files.readString(dir.resolve(TestPki.REVOCATION_BASE_FILE), StandardCharsets.UTF_8));
        assertTrue(pki.isIssued(cert.getSerialNumber()));
    }

    @Test
    void oneArgOpenReusesTheStoredBaseAndWorksOfflineWithoutOne(@TempDir Path dir) {
        TestPki offline = TestPki.open(dir);
        X509Certificate plain = offline.issue(person().build()).certificate();
        assertTrue(offline.revocationUrls().isEmpty());
        assertNull(plain.getExtensionValue(Extension.authorityInfoAccess.getId()));
        assertNull(plain.getExtensionValue(Extension.cRLDistributionPoints.getId()));

        TestPki.open(dir, BASE);
        TestPki reopened = TestPki.open(dir);
        assertEquals(Optional.of(new RevocationUrls(BASE)), reopened.revocationUrls());
        assertEquals(
                Optional.of(BASE + "/ocsp"),
                RevocationUrls.ocspUrlOf(reopened.issue(person().build()).certificate()));
        assertEquals(offline.caCertificate(), reopened.caCertificate());
    }

    @Test
    void noRevocationInfoAndRogueCertificatesCarryNoAiaOrCrlDp(@TempDir Path dir) {
        TestPki pki = TestPki.open(dir, BASE);
        X509Certificate without = pki.issue(person().noRevocationInfo().build()).certificate();
        X509Certificate rogue = pki.issue(person().untrusted(true).build()).certificate();

        for (X509Certificate c : new X509Certificate[] {without, rogue}) {
            assertNull(c.getExtensionValue(Extension.authorityInfoAccess.getId()));
            assertNull(c.getExtensionValue(Extension.cRLDistributionPoints.getId()));
        }
        assertTrue(pki.issuedByThisCa(without));
        assertTrue(pki.isIssued(without.getSerialNumber()));
        assertFalse(pki.isIssued(rogue.getSerialNumber()));
        assertFalse(person().noRevocationInfo().build().toBuilder().build().revocationInfo());
    }

    @Test
    void revocationsArePersistedAndReloaded(@TempDir Path dir) throws Exception {
        TestPki pki = TestPki.open(dir);
        X509Certificate cert = pki.issue(person().build()).certificate();
        Instant at = Instant.parse("2025-03-01T08:30:15.750Z");

        Revocation r = pki.revoke(cert, Revocation.KEY_COMPROMISE, at);

        assertEquals(Instant.parse("2025-03-01T08:30:15Z"), r.revokedAt());
        assertTrue(pki.isRevoked(cert.getSerialNumber()));
        assertEquals(
                Revocation.hex(cert.getSerialNumber()) + " 2025-03-01T08:30:15Z 1\n",
                Files.readString(dir.resolve(Revocations.FILE), StandardCharsets.UTF_8));
        TestPki again = TestPki.open(dir);
        assertEquals(Optional.of(r), again.revocation(cert.getSerialNumber()));
        assertTrue(again.isIssued(cert.getSerialNumber()));
        assertFalse(again.isRevoked(BigInteger.valueOf(12345)));
    }

    @Test
    void revocationsWrittenElsewhereArePickedUp(@TempDir Path dir) throws Exception {
        TestPki pki = TestPki.open(dir);
        X509Certificate cert = pki.issue(person().build()).certificate();
        assertFalse(pki.isRevoked(cert.getSerialNumber()));

        Revocations.open(dir).revoke(cert.getSerialNumber(), Revocation.SUPERSEDED, Instant.now()); // like the CLI

        assertTrue(pki.isRevoked(cert.getSerialNumber()));
        assertEquals(
                Revocation.SUPERSEDED,
                pki.revocation(cert.getSerialNumber()).orElseThrow().reason());
    }

    @Test
    void revokeRejectsForeignCertificatesAndBadReasons(@TempDir Path dir) {
        TestPki pki = TestPki.open(dir);
        X509Certificate rogue = pki.issue(person().untrusted(true).build()).certificate();
        X509Certificate cert = pki.issue(person().build()).certificate();

        assertThrows(IllegalArgumentException.class, () -> pki.revoke(rogue, 0, Instant.now()));
        assertThrows(IllegalArgumentException.class, () -> pki.revoke(cert, 7, Instant.now()));
        assertThrows(IllegalArgumentException.class, () -> pki.revoke(cert, 11, Instant.now()));
        assertFalse(pki.isRevoked(cert.getSerialNumber()));
        assertEquals(new BigInteger("1a2b", 16), Revocation.parseSerial("0x1A:2B"));
        assertThrows(IllegalArgumentException.class, () -> Revocation.parseSerial("xyz"));
    }

    @Test
    void responderAnswersPerCertIdAndRejectsGarbage(@TempDir Path dir) throws Exception {
        TestPki pki = TestPki.open(dir);
        X509Certificate good = pki.issue(person().build()).certificate();
        X509Certificate revoked = pki.issue(person().build()).certificate();
        X509Certificate rogue = pki.issue(person().untrusted(true).build()).certificate();
        Instant at = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        pki.revoke(revoked, Revocation.CESSATION_OF_OPERATION, at);

        assertEquals(
                OCSPResp.MALFORMED_REQUEST,
                new OCSPResp(pki.ocspResponder().respond(new byte[] {1, 2, 3})).getStatus());
        assertEquals(
                OCSPResp.MALFORMED_REQUEST, new OCSPResp(pki.ocspResponder().respond(new byte[0])).getStatus());

        var req = new org.bouncycastle.cert.ocsp.OCSPReqBuilder()
                .addRequest(RevocationClient.certId(pki.caCertificate(), good.getSerialNumber()))
                .addRequest(RevocationClient.certId(pki.caCertificate(), revoked.getSerialNumber()))
                .addRequest(RevocationClient.certId(pki.rogueCaCertificate(), rogue.getSerialNumber()))
                .build();
        OCSPResp resp = new OCSPResp(pki.ocspResponder().respond(req.getEncoded()));
        assertEquals(OCSPResp.SUCCESSFUL, resp.getStatus());
        SingleResp[] answers = ((BasicOCSPResp) resp.getResponseObject()).getResponses();
        assertEquals(3, answers.length);
        assertEquals(CertificateStatus.GOOD, answers[0].getCertStatus());
        RevokedStatus rs = assertInstanceOf(RevokedStatus.class, answers[1].getCertStatus());
        assertEquals(at, rs.getRevocationTime().toInstant());
        assertEquals(Revocation.CESSATION_OF_OPERATION, rs.getRevocationReason());
        assertInstanceOf(UnknownStatus.class, answers[2].getCertStatus());
    }
}

package kz.elicensing.sandbox.admin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.CRLReason;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.PKIXRevocationChecker;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import kz.elicensing.sandbox.RevocationClient;
import kz.elicensing.sandbox.Sandbox;
import kz.elicensing.sandbox.SandboxConfig;
import kz.elicensing.sandbox.pki.IdentitySpec;
import kz.elicensing.sandbox.pki.IdentitySpec.Kind;
import kz.elicensing.sandbox.pki.Revocation;
import kz.elicensing.sandbox.pki.RevocationUrls;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RevocationRoutesTest {

    @TempDir
    static Path data;

    static Sandbox sandbox;
    static X509Certificate ca;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start(SandboxConfig.forTests(data));
        ca = sandbox.pki().caCertificate();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @AfterEach
    void switchesBackUp() {
        sandbox.revocationFaults().reset();
    }

    private static X509Certificate fresh() {
        return sandbox.pki()
                .issue(IdentitySpec.builder(Kind.INDIVIDUAL)
                        .iin("751102300459")
                        .surname("ҒАБИТОВ")
                        .name("ІЛИЯС")
                        .build())
                .certificate();
    }

    @Test
    void issuedCertificatesNameThisSandbox() {
        X509Certificate cert = fresh();
        assertEquals(
                sandbox.adminUrl() + "/ocsp", RevocationUrls.ocspUrlOf(cert).orElseThrow());
        assertEquals(sandbox.ocspUrl(), RevocationUrls.ocspUrlOf(cert).orElseThrow());
        assertEquals(sandbox.crlUrl(), RevocationUrls.crlUrlOf(cert).orElseThrow());
        assertEquals(
                sandbox.adminUrl() + "/ca/sandbox-ca.cer",
                RevocationUrls.caIssuersUrlOf(cert).orElseThrow());
        assertTrue(sandbox.adminUrl().startsWith("http://127.0.0.1:"));
        assertEquals(
                sandbox.ocspUrl(),
                RevocationUrls.ocspUrlOf(sandbox.demo().company().certificate()).orElseThrow());
    }

    @Test
    void ocspSaysGoodEchoesTheNonceAndIsSignedByTheCa() throws Exception {
        X509Certificate cert = fresh();
        byte[] nonce = new byte[16];
        new SecureRandom().nextBytes(nonce);
        var id = RevocationClient.certId(ca, cert.getSerialNumber());

        BasicOCSPResp basic =
                RevocationClient.ask(RevocationUrls.ocspUrlOf(cert).orElseThrow(), RevocationClient.request(id, nonce));

        assertTrue(basic.isSignatureValid(new JcaContentVerifierProviderBuilder().build(ca.getPublicKey())));
        assertEquals(
                "SHA256WITHRSA",
                new org.bouncycastle.operator.DefaultAlgorithmNameFinder()
                        .getAlgorithmName(basic.getSignatureAlgorithmID())
                        .toUpperCase());
        assertEquals(new JcaX509CertificateHolder(ca), basic.getCerts()[0]);
        SingleResp single = basic.getResponses()[0];
        assertEquals(id, single.getCertID());
        assertEquals(CertificateStatus.GOOD, single.getCertStatus());
        Instant thisUpdate = single.getThisUpdate().toInstant();
        assertTrue(Duration.between(thisUpdate, Instant.now()).abs().getSeconds() < 60);
        assertEquals(
                Duration.ofHours(1),
                Duration.between(thisUpdate, single.getNextUpdate().toInstant()));
        Extension echoed = basic.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
        assertNotNull(echoed);
        assertArrayEquals(
                nonce, ASN1OctetString.getInstance(echoed.getParsedValue()).getOctets());
    }

    @Test
    void aRawNonceIsEchoedByteForByte() throws Exception {
        var id = RevocationClient.certId(ca, fresh().getSerialNumber());
        byte[] raw = {1, 2, 3, 4, 5, 6, 7, 8};
        var req = new org.bouncycastle.cert.ocsp.OCSPReqBuilder()
                .addRequest(id)
                .setRequestExtensions(new org.bouncycastle.asn1.x509.Extensions(new Extension(
                        OCSPObjectIdentifiers.id_pkix_ocsp_nonce,
                        false,
                        new org.bouncycastle.asn1.DEROctetString(raw))))
                .build();

        BasicOCSPResp basic = RevocationClient.ask(sandbox.ocspUrl(), req);

        assertArrayEquals(
                raw,
                basic.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce)
                        .getExtnValue()
                        .getOctets());
    }

    @Test
    void ocspSaysRevokedWithTimeAndReasonAfterRevoke() throws Exception {
        X509Certificate cert = fresh();
        Instant at = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);

        sandbox.pki().revoke(cert, Revocation.KEY_COMPROMISE, at);

        RevokedStatus status = assertInstanceOf(
                RevokedStatus.class,
                RevocationClient.askOne(sandbox.ocspUrl(), ca, cert.getSerialNumber())
                        .getCertStatus());
        assertEquals(at, status.getRevocationTime().toInstant());
        assertEquals(Revocation.KEY_COMPROMISE, status.getRevocationReason());
    }

    @Test
    void ocspSaysUnknownForSerialsThisCaNeverIssued() throws Exception {
        assertInstanceOf(
                UnknownStatus.class,
                RevocationClient.askOne(sandbox.ocspUrl(), ca, new BigInteger(120, new SecureRandom()))
                        .getCertStatus());
        X509Certificate rogue = sandbox.pki()
                .issue(IdentitySpec.builder(Kind.INDIVIDUAL)
                        .iin("751102300459")
                        .surname("ROGUE")
                        .name("ROGUE")
                        .untrusted(true)
                        .build())
                .certificate();
        assertInstanceOf(
                UnknownStatus.class,
                RevocationClient.askOne(sandbox.ocspUrl(), sandbox.pki().rogueCaCertificate(), rogue.getSerialNumber())
                        .getCertStatus());
    }

    @Test
    void ocspByGetAndMalformedRequests() throws Exception {
        X509Certificate cert = fresh();
        byte[] req = RevocationClient.request(RevocationClient.certId(ca, cert.getSerialNumber()), null)
                .getEncoded();
        String b64 = URLEncoder.encode(Base64.getEncoder().encodeToString(req), StandardCharsets.UTF_8);

        HttpResponse<byte[]> get = RevocationClient.get(sandbox.ocspUrl() + "/" + b64);
        assertEquals(200, get.statusCode());
        assertEquals(
                "application/ocsp-response",
                get.headers().firstValue("Content-Type").orElse(null));
        OCSPResp viaGet = new OCSPResp(get.body());
        assertEquals(
                CertificateStatus.GOOD, ((BasicOCSPResp) viaGet.getResponseObject()).getResponses()[0].getCertStatus());

        HttpResponse<byte[]> bad =
                RevocationClient.post(sandbox.ocspUrl(), "not DER".getBytes(StandardCharsets.US_ASCII));
        assertEquals(200, bad.statusCode());
        assertEquals(OCSPResp.MALFORMED_REQUEST, new OCSPResp(bad.body()).getStatus());
        assertEquals(
                OCSPResp.MALFORMED_REQUEST,
                new OCSPResp(RevocationClient.get(sandbox.ocspUrl() + "/%25%25").body()).getStatus());
        assertEquals(404, RevocationClient.get(sandbox.adminUrl() + "/ocspx").statusCode());
    }

    @Test
    void crlIsSignedByTheCaAndListsRevocations() throws Exception {
        X509Certificate cert = fresh();
        X509Certificate other = fresh();
        X509CRL before = RevocationClient.crl(sandbox.crlUrl());
        Instant at = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

        sandbox.pki().revoke(cert, Revocation.AFFILIATION_CHANGED, at);
        X509CRL crl = RevocationClient.crl(sandbox.crlUrl());

        crl.verify(ca.getPublicKey());
        assertEquals("SHA256withRSA", crl.getSigAlgName());
        assertEquals(2, crl.getVersion());
        assertEquals(ca.getSubjectX500Principal(), crl.getIssuerX500Principal());
        assertEquals(
                Duration.ofDays(1),
                Duration.between(
                        crl.getThisUpdate().toInstant(), crl.getNextUpdate().toInstant()));
        assertTrue(Duration.between(crl.getThisUpdate().toInstant(), Instant.now())
                        .abs()
                        .getSeconds()
                < 60);
        X509CRLEntry entry = crl.getRevokedCertificate(cert.getSerialNumber());
        assertNotNull(entry);
        assertEquals(at, entry.getRevocationDate().toInstant());
        assertEquals(CRLReason.AFFILIATION_CHANGED, entry.getRevocationReason());
        assertNull(crl.getRevokedCertificate(other.getSerialNumber()));
        assertTrue(crl.isRevoked(cert));
        assertTrue(number(crl).compareTo(number(before)) > 0, "CRL number grows when revocations change");
        byte[] aki = AuthorityKeyIdentifier.getInstance(
                        ASN1OctetString.getInstance(crl.getExtensionValue(Extension.authorityKeyIdentifier.getId()))
                                .getOctets())
                .getKeyIdentifier();
        byte[] ski = SubjectKeyIdentifier.getInstance(
                        ASN1OctetString.getInstance(ca.getExtensionValue(Extension.subjectKeyIdentifier.getId()))
                                .getOctets())
                .getKeyIdentifier();
        assertArrayEquals(ski, aki);
    }

    private static BigInteger number(X509CRL crl) {
        byte[] v = crl.getExtensionValue(Extension.cRLNumber.getId());
        assertNotNull(v, "CRL number");
        return ASN1Integer.getInstance(ASN1OctetString.getInstance(v).getOctets())
                .getValue();
    }

    @Test
    void caCertificateIsPublished() throws Exception {
        HttpResponse<byte[]> r = RevocationClient.get(sandbox.adminUrl() + "/ca/sandbox-ca.cer");
        assertEquals(200, r.statusCode());
        assertEquals(
                ca, CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(r.body())));
    }

    @Test
    void faultSwitchesAnswer503AndDelay() throws Exception {
        X509Certificate cert = fresh();
        byte[] req = RevocationClient.request(RevocationClient.certId(ca, cert.getSerialNumber()), null)
                .getEncoded();

        sandbox.revocationFaults().ocspDown(true);
        assertEquals(503, RevocationClient.post(sandbox.ocspUrl(), req).statusCode());
        assertEquals(200, RevocationClient.get(sandbox.crlUrl()).statusCode());

        sandbox.revocationFaults().ocspDown(false).crlDown(true);
        assertEquals(200, RevocationClient.post(sandbox.ocspUrl(), req).statusCode());
        assertEquals(503, RevocationClient.get(sandbox.crlUrl()).statusCode());

        HttpResponse<String> sw =
                RevocationClient.postForm(sandbox.adminUrl() + "/admin/revocation?ocsp=down&crl=up", "");
        assertEquals(200, sw.statusCode());
        assertEquals("ocsp=down crl=up ocspDelay=PT0S", sw.body().trim());
        assertEquals(503, RevocationClient.post(sandbox.ocspUrl(), req).statusCode());
        assertEquals(200, RevocationClient.get(sandbox.crlUrl()).statusCode());
        assertEquals(
                400,
                RevocationClient.postForm(sandbox.adminUrl() + "/admin/revocation", "ocsp=sideways")
                        .statusCode());

        RevocationClient.postForm(sandbox.adminUrl() + "/admin/revocation", "ocsp=up&ocspDelay=300");
        assertEquals(Duration.ofMillis(300), sandbox.revocationFaults().ocspDelay());
        long t0 = System.nanoTime();
        assertEquals(200, RevocationClient.post(sandbox.ocspUrl(), req).statusCode());
        assertTrue(Duration.ofNanos(System.nanoTime() - t0).toMillis() >= 300);
    }

    @Test
    void theResponderMisbehavesOnDemandOverTheAdminApi() throws Exception {
        X509Certificate cert = fresh();
        var id = RevocationClient.certId(ca, cert.getSerialNumber());
        byte[] nonce = new byte[16];
        new SecureRandom().nextBytes(nonce);
        BasicOCSPResp first = RevocationClient.ask(sandbox.ocspUrl(), RevocationClient.request(id, nonce));

        HttpResponse<String> sw = RevocationClient.postForm(
                sandbox.adminUrl() + "/admin/revocation", "ocspShift=-PT2H&ocspNextUpdate=off&ocspNonce=omit");
        assertEquals(200, sw.statusCode(), sw.body());
        assertEquals(
                "ocsp=up crl=up ocspDelay=PT0S ocspShift=PT-2H ocspNextUpdate=off ocspNonce=omit",
                sw.body().trim());
        BasicOCSPResp stale = RevocationClient.ask(sandbox.ocspUrl(), RevocationClient.request(id, nonce));
        SingleResp single = stale.getResponses()[0];
        assertTrue(Duration.between(single.getThisUpdate().toInstant(), Instant.now())
                        .toMinutes()
                >= 119);
        assertTrue(Duration.between(stale.getProducedAt().toInstant(), Instant.now())
                        .toMinutes()
                >= 119);
        assertNull(single.getNextUpdate());
        assertNull(stale.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce));

        sandbox.pki().revoke(cert, 1, Instant.now().minusSeconds(5));
        RevocationClient.postForm(sandbox.adminUrl() + "/admin/revocation", "reset=true&ocspReplay=on");
        BasicOCSPResp replayed = RevocationClient.ask(sandbox.ocspUrl(), RevocationClient.request(id, nonce));
        assertArrayEquals(first.getEncoded(), replayed.getEncoded(), "the first GOOD answer, word for word");
        assertEquals(CertificateStatus.GOOD, replayed.getResponses()[0].getCertStatus());

        assertEquals(
                400,
                RevocationClient.postForm(sandbox.adminUrl() + "/admin/revocation", "ocspNonce=maybe")
                        .statusCode());
        RevocationClient.postForm(sandbox.adminUrl() + "/admin/revocation", "reset=true");
        assertInstanceOf(
                RevokedStatus.class,
                RevocationClient.ask(sandbox.ocspUrl(), RevocationClient.request(id, nonce))
                        .getResponses()[0]
                        .getCertStatus());
    }

    @Test
    void anIntermediateIsRevocableAndAnswersForItsOwnCertificates() throws Exception {
        var intermediate = sandbox.pki().issueIntermediate("SANDBOX INTERMEDIATE");
        X509Certificate leaf = sandbox.pki()
                .issue(
                        IdentitySpec.builder(Kind.INDIVIDUAL)
                                .iin("751102300459")
                                .surname("ҒАБИТОВ")
                                .name("ІЛИЯС")
                                .build(),
                        intermediate)
                .certificate();
        assertEquals(intermediate.certificate().getSubjectX500Principal(), leaf.getIssuerX500Principal());
        BasicOCSPResp forLeaf = RevocationClient.ask(
                sandbox.ocspUrl(),
                RevocationClient.request(
                        RevocationClient.certId(intermediate.certificate(), leaf.getSerialNumber()), new byte[16]));
        assertTrue(forLeaf.isSignatureValid(new JcaContentVerifierProviderBuilder()
                .build(intermediate.certificate().getPublicKey())));
        assertEquals(CertificateStatus.GOOD, forLeaf.getResponses()[0].getCertStatus());
        sandbox.pki().revoke(intermediate.certificate(), 2, Instant.now().minusSeconds(5));
        assertInstanceOf(
                RevokedStatus.class,
                RevocationClient.askOne(
                                sandbox.ocspUrl(),
                                ca,
                                intermediate.certificate().getSerialNumber())
                        .getCertStatus());
    }

    @Test
    void adminRevokeByForm() throws Exception {
        X509Certificate cert = fresh();
        String hex = cert.getSerialNumber().toString(16);

        HttpResponse<String> r = RevocationClient.postForm(
                sandbox.adminUrl() + "/admin/revoke", "serial=" + hex + "&reason=4&at=2025-02-03T04:05:06Z");

        assertEquals(200, r.statusCode(), r.body());
        assertEquals(
                "REVOKED " + hex + " reason 4 at 2025-02-03T04:05:06Z", r.body().trim());
        RevokedStatus s = assertInstanceOf(
                RevokedStatus.class,
                RevocationClient.askOne(sandbox.ocspUrl(), ca, cert.getSerialNumber())
                        .getCertStatus());
        assertEquals(
                Instant.parse("2025-02-03T04:05:06Z"), s.getRevocationTime().toInstant());
        assertEquals(Revocation.SUPERSEDED, s.getRevocationReason());

        X509Certificate now = fresh();
        assertEquals(
                200,
                RevocationClient.postForm(
                                sandbox.adminUrl() + "/admin/revoke",
                                "serial=" + now.getSerialNumber().toString(16))
                        .statusCode());
        assertEquals(
                Revocation.UNSPECIFIED,
                sandbox.pki().revocation(now.getSerialNumber()).orElseThrow().reason());
        assertEquals(
                400,
                RevocationClient.postForm(sandbox.adminUrl() + "/admin/revoke", "serial=zz")
                        .statusCode());
        assertEquals(
                400,
                RevocationClient.postForm(sandbox.adminUrl() + "/admin/revoke", "serial=" + hex + "&reason=7")
                        .statusCode());
        assertEquals(
                405, RevocationClient.get(sandbox.adminUrl() + "/admin/revoke").statusCode());
    }

    @Test
    void jdkRevocationCheckerUsesTheAiaResponder() throws Exception {
        X509Certificate good = fresh();
        X509Certificate revoked = fresh();
        sandbox.pki().revoke(revoked, Revocation.KEY_COMPROMISE, Instant.now().minusSeconds(60));

        validateWithOcsp(good);
        CertPathValidatorException e = assertThrows(CertPathValidatorException.class, () -> validateWithOcsp(revoked));
        assertEquals(CertPathValidatorException.BasicReason.REVOKED, e.getReason());
    }

    private static void validateWithOcsp(X509Certificate cert) throws Exception {
        CertPathValidator v = CertPathValidator.getInstance("PKIX");
        PKIXRevocationChecker checker = (PKIXRevocationChecker) v.getRevocationChecker();
        checker.setOptions(EnumSet.of(PKIXRevocationChecker.Option.NO_FALLBACK));
        PKIXParameters params = new PKIXParameters(Set.of(new TrustAnchor(ca, null)));
        params.addCertPathChecker(checker);
        v.validate(CertificateFactory.getInstance("X.509").generateCertPath(List.of(cert)), params);
    }
}

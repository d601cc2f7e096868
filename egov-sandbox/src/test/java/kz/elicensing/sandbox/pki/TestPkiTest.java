package kz.elicensing.sandbox.pki;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import kz.elicensing.sandbox.pki.IdentitySpec.Kind;
import kz.elicensing.sandbox.pki.IdentitySpec.Usage;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestPkiTest {

    @TempDir
    static Path data;

    static TestPki pki;

    @BeforeAll
    static void openPki() {
        pki = TestPki.open(data);
    }

    private static IdentitySpec.Builder companyHead() {
        return IdentitySpec.builder(Kind.LEGAL_ENTITY_HEAD)
                .bin("150140000012")
                .organisation("ТОО «Қорғау-Сервис»")
                .iin("900515300018")
                .surname("СӘРСЕНБАЕВ")
                .name("НҰРЛАН")
                .patronymic("ҚАЙРАТҰЛЫ");
    }

    private static String rdn(X500Name name, ASN1ObjectIdentifier type) {
        RDN[] rdns = name.getRDNs(type);
        assertEquals(1, rdns.length, "exactly one " + BCStyle.INSTANCE.oidToDisplayName(type));
        return rdns[0].getFirst().getValue().toString();
    }

    private static void validate(X509Certificate cert, X509Certificate anchor) throws Exception {
        var path = CertificateFactory.getInstance("X.509").generateCertPath(List.of(cert));
        PKIXParameters params = new PKIXParameters(Set.of(new TrustAnchor(anchor, null)));
        params.setRevocationEnabled(false);
        CertPathValidator.getInstance("PKIX").validate(path, params);
    }

    @Test
    void signingCertificateHasNcaSubjectKeyUsageAndChainsToCa() throws Exception {
        IssuedIdentity id = pki.issue(companyHead().usage(Usage.SIGNING).build());
        X509Certificate cert = id.certificate();
        X500Name subject = X500Name.getInstance(cert.getSubjectX500Principal().getEncoded());

        assertEquals("СӘРСЕНБАЕВ НҰРЛАН", rdn(subject, BCStyle.CN));
        assertEquals("СӘРСЕНБАЕВ", rdn(subject, BCStyle.SURNAME));
        assertEquals("IIN900515300018", rdn(subject, BCStyle.SERIALNUMBER));
        assertEquals("KZ", rdn(subject, BCStyle.C));
        assertEquals("ТОО «Қорғау-Сервис»", rdn(subject, BCStyle.O));
        assertEquals("BIN150140000012", rdn(subject, BCStyle.OU));
        assertEquals("ҚАЙРАТҰЛЫ", rdn(subject, BCStyle.GIVENNAME));
        assertInstanceOf(
                DERUTF8String.class, subject.getRDNs(BCStyle.CN)[0].getFirst().getValue());
        // the JDK's own view of the DN keeps the Kazakh letters too
        assertTrue(
                cert.getSubjectX500Principal().getName().contains("CN=СӘРСЕНБАЕВ НҰРЛАН"),
                cert.getSubjectX500Principal().getName());

        boolean[] ku = cert.getKeyUsage();
        assertTrue(ku[1], "nonRepudiation");
        assertFalse(ku[0], "no digitalSignature on a signing key");
        assertFalse(ku[2], "no keyEncipherment on a signing key");
        assertEquals(-1, cert.getBasicConstraints(), "end entity");
        assertTrue(cert.getExtendedKeyUsage().contains(TestPki.OID_LEGAL_ENTITY_HEAD));
        assertTrue(cert.getPublicKey().getAlgorithm().equals("RSA"));
        assertEquals(List.of(cert, pki.caCertificate()), id.chain());

        validate(cert, pki.caCertificate());
    }

    @Test
    void authenticationCertificateHasDigitalSignatureAndKeyEncipherment() {
        X509Certificate cert =
                pki.issue(companyHead().usage(Usage.AUTHENTICATION).build()).certificate();
        boolean[] ku = cert.getKeyUsage();
        assertTrue(ku[0], "digitalSignature");
        assertTrue(ku[2], "keyEncipherment");
        assertFalse(ku[1], "no nonRepudiation on an authentication key");
    }

    @Test
    void individualHasNoOrganisationAttributes() {
        X509Certificate cert = pki.issue(IdentitySpec.builder(Kind.INDIVIDUAL)
                        .iin("751102300459")
                        .surname("ҒАБИТОВ")
                        .name("ІЛИЯС")
                        .build())
                .certificate();
        X500Name subject = X500Name.getInstance(cert.getSubjectX500Principal().getEncoded());
        assertEquals("ҒАБИТОВ ІЛИЯС", rdn(subject, BCStyle.CN));
        assertEquals("IIN751102300459", rdn(subject, BCStyle.SERIALNUMBER));
        assertEquals(0, subject.getRDNs(BCStyle.O).length);
        assertEquals(0, subject.getRDNs(BCStyle.OU).length);
        assertEquals(0, subject.getRDNs(BCStyle.GIVENNAME).length);
    }

    @Test
    void caIsAnRsaCaCertificate() {
        X509Certificate ca = pki.caCertificate();
        assertTrue(ca.getBasicConstraints() >= 0, "CA:true");
        assertTrue(ca.getCriticalExtensionOIDs().contains("2.5.29.19"), "basicConstraints critical");
        boolean[] ku = ca.getKeyUsage();
        assertTrue(ku[5] && ku[6], "keyCertSign + cRLSign");
        assertTrue(ca.getSubjectX500Principal().getName().contains("C=KZ"));
        assertTrue(ca.getNotAfter().toInstant().isAfter(Instant.now().plus(Duration.ofDays(3600))));
    }

    @Test
    void ecP256KeysAreIssued() throws Exception {
        IssuedIdentity id = pki.issue(
                companyHead().keyAlgorithm(IdentitySpec.KeyAlgorithm.EC_P256).build());
        assertEquals(
                256,
                ((ECPublicKey) id.certificate().getPublicKey())
                        .getParams()
                        .getOrder()
                        .bitLength());
        validate(id.certificate(), pki.caCertificate());
    }

    @Test
    void untrustedIdentityDoesNotValidateAgainstTheSandboxCa() throws Exception {
        IssuedIdentity rogue = pki.issue(companyHead().untrusted(true).build());
        assertThrows(CertPathValidatorException.class, () -> validate(rogue.certificate(), pki.caCertificate()));
        assertNotEquals(pki.caCertificate(), rogue.chain().get(1));
        validate(rogue.certificate(), pki.rogueCaCertificate()); // but it is a proper certificate of its own CA
        // the rogue CA is not in the trust directory
        String pem = Files.readString(pki.caPemFile(), StandardCharsets.US_ASCII);
        assertEquals(TestPki.toPem(pki.caCertificate()), pem);
    }

    @Test
    void expiredAndNotYetValidCertificatesFailValidation() {
        Instant now = Instant.now();
        IssuedIdentity expired = pki.issue(companyHead()
                .validity(now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(1)))
                .build());
        IssuedIdentity future = pki.issue(companyHead()
                .validity(now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(400)))
                .build());
        assertThrows(CertPathValidatorException.class, () -> validate(expired.certificate(), pki.caCertificate()));
        assertThrows(CertPathValidatorException.class, () -> validate(future.certificate(), pki.caCertificate()));
    }

    @Test
    void caSurvivesRestartAndTrustPemIsWritten(@TempDir Path dir) throws Exception {
        TestPki first = TestPki.open(dir);
        IssuedIdentity id = first.issue(companyHead().build());
        TestPki second = TestPki.open(dir);
        assertArrayEquals(
                first.caCertificate().getEncoded(), second.caCertificate().getEncoded());
        validate(id.certificate(), second.caCertificate());

        Path pem = dir.resolve("trust/sandbox-ca.pem");
        assertTrue(Files.exists(dir.resolve("pki/ca.p12")));
        X509Certificate fromPem = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(pem)));
        assertEquals(second.caCertificate(), fromPem);

        // a fresh data directory gets a different CA
        assertNotEquals(
                first.caCertificate(), TestPki.open(dir.resolve("other")).caCertificate());
    }

    @Test
    void p12RoundTrip(@TempDir Path dir) throws Exception {
        IssuedIdentity id = pki.issue(companyHead().build());
        Path file = dir.resolve("x.p12");
        id.saveP12(file, "secret".toCharArray());
        IssuedIdentity back = IssuedIdentity.loadP12(file, "secret".toCharArray());
        assertEquals(id.certificate(), back.certificate());
        assertArrayEquals(id.privateKey().getEncoded(), back.privateKey().getEncoded());
        assertEquals(2, back.chain().size());
        assertTrue(back.toKeyStore("x".toCharArray()).isKeyEntry(IssuedIdentity.ALIAS));
    }

    @Test
    void demoIdentitiesAreCreatedOnceAndReused(@TempDir Path dir) throws Exception {
        TestPki p = TestPki.open(dir);
        DemoIdentities first = DemoIdentities.open(dir, p);
        for (DemoIdentities.Demo d : DemoIdentities.Demo.values()) {
            assertTrue(Files.exists(dir.resolve("keys").resolve(d.fileName())), d.fileName());
        }
        String readme = Files.readString(dir.resolve("keys/README.txt"), StandardCharsets.UTF_8);
        assertTrue(readme.contains("demo1234")
                && readme.contains("900515300018")
                && readme.contains("provider-signer.p12"));

        DemoIdentities second = DemoIdentities.open(dir, TestPki.open(dir));
        assertEquals(first.company().certificate(), second.company().certificate());
        assertEquals(
                first.elicensingSystem().certificate(),
                second.elicensingSystem().certificate());

        X500Name sys = X500Name.getInstance(second.elicensingSystem()
                .certificate()
                .getSubjectX500Principal()
                .getEncoded());
        assertEquals("E-LICENSING", rdn(sys, BCStyle.CN));
        assertEquals("BIN101040000072", rdn(sys, BCStyle.OU));
        X500Name prov = X500Name.getInstance(
                second.providerSigner().certificate().getSubjectX500Principal().getEncoded());
        assertEquals("ӘБІЛҚАСЫМОВА ҮМІТ", rdn(prov, BCStyle.CN));
        assertEquals("BIN120340000054", rdn(prov, BCStyle.OU));
        assertTrue(second.companyAuth().certificate().getKeyUsage()[0]);
        assertFalse(second.companyAuth().certificate().getKeyUsage()[1]);
        IssuedIdentity fromFile = IssuedIdentity.loadP12(dir.resolve("keys/person.p12"), "demo1234".toCharArray());
        assertEquals(second.person().certificate(), fromFile.certificate());
        validate(fromFile.certificate(), p.caCertificate());
    }
}

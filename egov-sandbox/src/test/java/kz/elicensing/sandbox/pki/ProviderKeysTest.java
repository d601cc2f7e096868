package kz.elicensing.sandbox.pki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kz.elicensing.sandbox.pki.AuthorizedPerson.Kind;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog providers' authorized persons and seals: the table, their certificates, reuse on restart. */
class ProviderKeysTest {

    @TempDir
    static Path data;

    static TestPki pki;
    static DemoIdentities demo;
    static ProviderKeys keys;

    @BeforeAll
    static void open() {
        pki = TestPki.open(data, "http://127.0.0.1:1");
        demo = DemoIdentities.open(data, pki);
        keys = ProviderKeys.open(demo, pki);
    }

    /** The IIN/BIN check digit (weights 1..11, then 3..11,1,2 when the first sum gives 10). */
    static boolean validIin(String v) {
        if (v == null || !v.matches("\\d{12}")) {
            return false;
        }
        int check = sum(v, new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}) % 11;
        if (check == 10) {
            check = sum(v, new int[] {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2}) % 11;
            if (check == 10) {
                return false;
            }
        }
        return check == v.charAt(11) - '0';
    }

    private static int sum(String v, int[] w) {
        int s = 0;
        for (int i = 0; i < 11; i++) {
            s += (v.charAt(i) - '0') * w[i];
        }
        return s;
    }

    private static String attribute(X509Certificate cert, ASN1ObjectIdentifier oid) {
        X500Name name = X500Name.getInstance(
                BCStyle.INSTANCE, cert.getSubjectX500Principal().getEncoded());
        var rdns = name.getRDNs(oid);
        return rdns.length == 0
                ? null
                : IETFUtils.valueToString(rdns[0].getFirst().getValue());
    }

    @Test
    void everyCatalogProviderHasOneAuthorizedPersonWithAValidIin() {
        AuthorizedPersons table = AuthorizedPersons.load();
        assertEquals(23, table.providers().size());
        for (AuthorizedPersons.Provider pr : table.providers()) {
            List<AuthorizedPerson> authorized = table.persons().stream()
                    .filter(p -> p.providerCode().equals(pr.code()) && p.kind() == Kind.AUTHORIZED)
                    .toList();
            assertEquals(1, authorized.size(), pr.code());
            assertTrue(
                    validIin(authorized.get(0).iin()),
                    pr.code() + " " + authorized.get(0).iin());
            assertTrue(validIin(pr.bin()), "BIN of " + pr.code());
        }
        Set<String> iins = new HashSet<>();
        for (AuthorizedPerson p : table.persons()) {
            assertTrue(validIin(p.iin()), p.keyAlias() + " " + p.iin());
            assertTrue(iins.add(p.iin()), "one person per IIN: " + p.iin());
        }
        assertEquals(
                "871214400161", table.authorizedOf("DP_ALMATY").orElseThrow().iin());
    }

    @Test
    void everyPersonsCertificateNamesTheProviderLikeTheNationalCa() {
        for (AuthorizedPerson p : keys.table().persons()) {
            X509Certificate c = keys.person(p.keyAlias()).orElseThrow().certificate();
            assertTrue(pki.issuedByThisCa(c), p.keyAlias());
            assertEquals("IIN" + p.iin(), attribute(c, BCStyle.SERIALNUMBER), p.keyAlias());
            assertEquals("BIN" + p.bin(), attribute(c, BCStyle.OU), p.keyAlias());
            assertEquals(keys.table().provider(p.providerCode()).orElseThrow().name(), attribute(c, BCStyle.O));
            assertEquals(p.surname() + " " + p.name(), attribute(c, BCStyle.CN));
            assertEquals(p.surname(), attribute(c, BCStyle.SURNAME));
            assertEquals(p.patronymic(), attribute(c, BCStyle.GIVENNAME), p.keyAlias());
            assertEquals("KZ", attribute(c, BCStyle.C));
            assertTrue(c.getKeyUsage()[1], "nonRepudiation: " + p.keyAlias());
            if (!p.keyAlias().equals("signer-dp_almaty")) {
                assertTrue(c.getKeyUsage()[0], "digitalSignature: " + p.keyAlias());
                assertTrue(Files.exists(data.resolve("keys").resolve(p.fileName())), p.fileName());
            }
        }
    }

    @Test
    void dpAlmatysAuthorizedPersonIsTheExistingProviderSigner() {
        assertEquals(
                demo.providerSigner().certificate(),
                keys.person("signer-dp_almaty").orElseThrow().certificate());
        assertEquals(
                demo.file(DemoIdentities.Demo.PROVIDER_SIGNER),
                keys.file("signer-dp_almaty").orElseThrow());
    }

    @Test
    void theExpiredKeyHasEndedAndTheRevokedKeyIsRevokedAtTheCa() {
        X509Certificate expired =
                keys.person("signer-dp_almaty-expired").orElseThrow().certificate();
        assertTrue(expired.getNotAfter().toInstant().isBefore(Instant.now()));
        X509Certificate revoked =
                keys.person("signer-dp_almaty-revoked").orElseThrow().certificate();
        assertTrue(revoked.getNotAfter().toInstant().isAfter(Instant.now()));
        assertTrue(pki.isRevoked(revoked.getSerialNumber()));
        assertTrue(pki.revocation(revoked.getSerialNumber())
                .orElseThrow()
                .revokedAt()
                .isBefore(Instant.now()));
        for (String alias : List.of("signer-dp_almaty", "signer-dp_almaty-unlisted", "signer-dp_almaty-expired")) {
            assertFalse(
                    pki.isRevoked(keys.person(alias).orElseThrow().certificate().getSerialNumber()), alias);
        }
    }

    @Test
    void everyProviderHasASealFileWithoutIin() throws Exception {
        for (AuthorizedPersons.Provider pr : keys.table().providers()) {
            String alias = ProviderKeys.sealAlias(pr.code());
            Path file = data.resolve("keys").resolve(alias + ".p12");
            KeyStore ks = KeyStore.getInstance("PKCS12");
            try (var in = Files.newInputStream(file)) {
                ks.load(in, DemoIdentities.PASSWORD.toCharArray());
            }
            assertTrue(ks.isKeyEntry(alias), alias);
            X509Certificate c = (X509Certificate) ks.getCertificate(alias);
            assertEquals(keys.seal(pr.code()).orElseThrow().certificate(), c);
            assertEquals(pr.name(), attribute(c, BCStyle.CN));
            assertEquals(pr.name(), attribute(c, BCStyle.O));
            assertEquals("BIN" + pr.bin(), attribute(c, BCStyle.OU));
            assertEquals(null, attribute(c, BCStyle.SERIALNUMBER));
            assertTrue(c.getKeyUsage()[0] && c.getKeyUsage()[1], "digitalSignature + nonRepudiation: " + alias);
        }
    }

    @Test
    void keysAreReusedOnRestart() {
        ProviderKeys again =
                ProviderKeys.open(DemoIdentities.open(data, pki), TestPki.open(data, "http://127.0.0.1:1"));
        for (AuthorizedPerson p : keys.table().persons()) {
            assertEquals(
                    keys.person(p.keyAlias()).orElseThrow().certificate(),
                    again.person(p.keyAlias()).orElseThrow().certificate(),
                    p.keyAlias());
        }
        for (String seal : keys.sealAliases()) {
            assertNotNull(again.seal(seal).orElseThrow());
            assertEquals(
                    keys.seal(seal).orElseThrow().certificate(),
                    again.seal(seal).orElseThrow().certificate());
        }
    }
}

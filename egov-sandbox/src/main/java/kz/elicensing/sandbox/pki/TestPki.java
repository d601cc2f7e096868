package kz.elicensing.sandbox.pki;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The sandbox's NCA-like certification authority: a persistent root CA under {@code <data>/pki/ca.p12}
 * (published as {@code <data>/trust/sandbox-ca.pem}) with its revocation data, and an in-memory rogue CA for
 * untrusted certificates.
 */
public final class TestPki {

    /** CA keystore, relative to the data directory. */
    public static final String CA_KEYSTORE = "pki/ca.p12";
    /** E-licensing's trust-anchor directory, relative to the data directory. */
    public static final String TRUST_DIR = "trust";
    /** The CA certificate as PEM inside {@link #TRUST_DIR}. */
    public static final String CA_PEM = "sandbox-ca.pem";
    /** Subject of the sandbox root CA. */
    public static final String CA_NAME = "НУЦ РК (SANDBOX)";
    /** Base URL of the OCSP responder / CRL the certificates name, relative to the data directory. */
    public static final String REVOCATION_BASE_FILE = "pki/revocation-base.txt";
    /** Subject CN of the untrusted CA. */
    public static final String ROGUE_CA_NAME = "ROGUE CA (NOT TRUSTED)";

    /** NCA policy OID in extendedKeyUsage: certificate of an individual. */
    public static final String OID_INDIVIDUAL = "1.2.398.3.3.4.1.1";
    /** NCA policy OID in extendedKeyUsage: certificate of a legal entity. */
    public static final String OID_LEGAL_ENTITY = "1.2.398.3.3.4.1.2";
    /** NCA policy OID: the first head of the legal entity. */
    public static final String OID_LEGAL_ENTITY_HEAD = "1.2.398.3.3.4.1.2.1";
    /** NCA policy OID: an employee of the legal entity. */
    public static final String OID_LEGAL_ENTITY_EMPLOYEE = "1.2.398.3.3.4.1.2.5";

    private static final char[] CA_PASSWORD = "sandbox-ca".toCharArray();
    private static final String CA_ALIAS = "ca";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path dataDir;
    private final PrivateKey caKey;
    private final X509Certificate caCert;
    private final RevocationUrls revocationUrls;
    private final IssuedSerials issued;
    private final Revocations revocations;
    private final OcspResponder ocspResponder;
    private final CrlIssuer crlIssuer;
    private volatile IssuedIdentity rogueCa;

    private TestPki(Path dataDir, PrivateKey caKey, X509Certificate caCert, RevocationUrls revocationUrls) {
        this.dataDir = dataDir;
        this.caKey = caKey;
        this.caCert = caCert;
        this.revocationUrls = revocationUrls;
        this.issued = new IssuedSerials(dataDir);
        this.revocations = Revocations.open(dataDir);
        this.ocspResponder = new OcspResponder(caCert, caKey, issued, revocations);
        this.crlIssuer = new CrlIssuer(caCert, caKey, revocations);
    }

    /**
     * Opens the CA of this data directory, creating it on first use, and (re)writes the trust PEM.
     * The same CA survives restarts, so keys and signed documents stored earlier stay valid.
     * Certificates name the OCSP responder and CRL of {@code <data>/pki/revocation-base.txt} if a sandbox wrote
     * one; otherwise (offline use) they carry no AIA / CRL distribution points.
     */
    public static synchronized TestPki open(Path dataDir) {
        return open(dataDir, null, readRevocationBase(dataDir));
    }

    /**
     * Opens the CA like {@link #open(Path)}, issuing certificates whose AIA names {@code <base>/ocsp} (and
     * caIssuers {@code <base>/ca/sandbox-ca.cer}) and whose CRL distribution point is
     * {@code <base>/crl/sandbox-ca.crl}; remembers the base in {@code <data>/pki/revocation-base.txt}.
     * A null base behaves as {@link #open(Path)}.
     *
     * @param revocationBaseUrl e.g. http://127.0.0.1:18081, the admin URL of the sandbox that serves this data dir
     */
    public static synchronized TestPki open(Path dataDir, String revocationBaseUrl) {
        if (revocationBaseUrl == null) {
            return open(dataDir);
        }
        RevocationUrls urls = new RevocationUrls(revocationBaseUrl);
        return open(dataDir, urls, null);
    }

    private static TestPki open(Path dataDir, RevocationUrls given, RevocationUrls stored) {
        Path ks = dataDir.resolve(CA_KEYSTORE);
        IssuedIdentity ca;
        if (Files.exists(ks)) {
            ca = loadCa(ks);
        } else {
            ca = createCa(caName(CA_NAME));
            storeCa(ks, ca);
        }
        if (given != null) {
            writeRevocationBase(dataDir, given);
        }
        TestPki pki = new TestPki(dataDir, ca.privateKey(), ca.certificate(), given != null ? given : stored);
        pki.writeTrustPem();
        return pki;
    }

    private static RevocationUrls readRevocationBase(Path dataDir) {
        Path file = dataDir.resolve(REVOCATION_BASE_FILE);
        try {
            if (!Files.exists(file)) {
                return null;
            }
            String base = Files.readString(file, StandardCharsets.UTF_8).trim();
            return base.isEmpty() ? null : new RevocationUrls(base);
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    private static void writeRevocationBase(Path dataDir, RevocationUrls urls) {
        Path file = dataDir.resolve(REVOCATION_BASE_FILE);
        try {
            String text = urls.baseUrl() + "\n";
            if (Files.exists(file)
                    && Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
                return;
            }
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".tmp-", ".txt");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + file, e);
        }
    }

    /** Where certificates issued by this instance point for OCSP / CRL; empty when issued offline without them. */
    public Optional<RevocationUrls> revocationUrls() {
        return Optional.ofNullable(revocationUrls);
    }

    /** The CA's OCSP responder (the sandbox serves it at {@code <base>/ocsp}). */
    public OcspResponder ocspResponder() {
        return ocspResponder;
    }

    /** The CA's CRL issuer (the sandbox serves it at {@code <base>/crl/sandbox-ca.crl}). */
    public CrlIssuer crlIssuer() {
        return crlIssuer;
    }

    /** The CA's revocations ({@code <data>/pki/revoked.txt}). */
    public Revocations revocations() {
        return revocations;
    }

    /**
     * Revokes a certificate of this CA as of {@code revokedAt} (kept in whole seconds) with an RFC 5280 CRLReason
     * code (0 unspecified, 1 keyCompromise, ... 10 aACompromise; not 7); OCSP and CRL report it from now on.
     *
     * @throws IllegalArgumentException if the certificate was not issued by this CA or the reason is invalid
     */
    public Revocation revoke(X509Certificate cert, int crlReason, Instant revokedAt) {
        if (!issuedByThisCa(cert)) {
            throw new IllegalArgumentException("not issued by the sandbox CA: " + cert.getSubjectX500Principal());
        }
        return revocations.revoke(cert.getSerialNumber(), crlReason, revokedAt);
    }

    /** Revokes a serial of this CA (see {@link #revoke(X509Certificate, int, Instant)}). */
    public Revocation revoke(BigInteger serial, int crlReason, Instant revokedAt) {
        return revocations.revoke(serial, crlReason, revokedAt);
    }

    /** True if the serial is revoked (also when the revocation time is still in the future). */
    public boolean isRevoked(BigInteger serial) {
        return revocations.find(serial).isPresent();
    }

    /** The revocation of a serial, if revoked. */
    public Optional<Revocation> revocation(BigInteger serial) {
        return revocations.find(serial);
    }

    /** True if this CA issued the serial (per {@code <data>/pki/issued.txt}); OCSP answers UNKNOWN otherwise. */
    public boolean isIssued(BigInteger serial) {
        return issued.contains(serial);
    }

    /** Records a certificate of this CA found elsewhere (e.g. a demo keystore from before issued.txt existed). */
    void recordIssued(X509Certificate cert) {
        if (issuedByThisCa(cert)) {
            issued.record(cert);
        }
    }

    /** The sandbox root CA certificate (the trust anchor). */
    public X509Certificate caCertificate() {
        return caCert;
    }

    /** The rogue CA certificate that issues untrusted identities (created on first use, memory only). */
    public X509Certificate rogueCaCertificate() {
        return rogue().certificate();
    }

    /** {@code <data>/trust}: the directory E-licensing reads its trust anchors from. */
    public Path trustDir() {
        return dataDir.resolve(TRUST_DIR);
    }

    /** {@code <data>/trust/sandbox-ca.pem}. */
    public Path caPemFile() {
        return trustDir().resolve(CA_PEM);
    }

    /**
     * Issues a fresh key pair and an NCA-style certificate for it. Certificates of the trusted CA name its OCSP
     * responder and CRL (when this instance knows the base URL and the spec does not say noRevocationInfo) and are
     * recorded in {@code <data>/pki/issued.txt}; untrusted ("rogue") certificates get neither.
     */
    public IssuedIdentity issue(IdentitySpec spec) {
        if (spec.untrusted()) {
            IssuedIdentity r = rogue();
            return issue(spec, r.privateKey(), r.certificate());
        }
        return issue(spec, caKey, caCert);
    }

    /**
     * Issues like {@link #issue(IdentitySpec)}, but under {@code intermediate} (from {@link #issueIntermediate}): the
     * chain is the certificate, then the intermediate; the OCSP responder answers for it, signed by the intermediate.
     */
    public IssuedIdentity issue(IdentitySpec spec, IssuedIdentity intermediate) {
        return issue(spec, intermediate.privateKey(), intermediate.certificate());
    }

    /**
     * A CA certificate issued by this (root) CA, in memory only: it can issue with {@link #issue(IdentitySpec,
     * IssuedIdentity)} and be revoked like any certificate of the root (its status comes from the root's OCSP and CRL).
     */
    public synchronized IssuedIdentity issueIntermediate(String commonName) {
        KeyPair kp = generate(IdentitySpec.KeyAlgorithm.RSA_2048);
        Instant now = Instant.now();
        try {
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(
                    X500Name.getInstance(caCert.getSubjectX500Principal().getEncoded()),
                    serial(),
                    Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(Duration.ofDays(1826))),
                    caName(commonName),
                    kp.getPublic());
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            b.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(kp.getPublic()));
            b.addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(caCert));
            if (revocationUrls != null) {
                revocationUrls.addTo(b);
            }
            X509Certificate cert = sign(b, caKey);
            issued.record(cert);
            ocspResponder.addIssuer(cert, kp.getPrivate());
            return new IssuedIdentity(kp.getPrivate(), List.of(cert, caCert));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot issue an intermediate CA", e);
        }
    }

    /**
     * A TLS server certificate of the root CA for an IP address (CN and subjectAltName iPAddress, EKU serverAuth),
     * in memory only: what the sandbox's NCALayer serves wss:// with (real NCALayer has one for 127.0.0.1).
     */
    public IssuedIdentity issueTlsServer(String ipAddress) {
        KeyPair kp = generate(IdentitySpec.KeyAlgorithm.RSA_2048);
        Instant now = Instant.now();
        try {
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            X500NameBuilder n = new X500NameBuilder(BCStyle.INSTANCE);
            n.addRDN(BCStyle.CN, utf8(ipAddress));
            n.addRDN(BCStyle.O, utf8("NCALayer (SANDBOX)"));
            n.addRDN(BCStyle.C, new DERPrintableString("KZ"));
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(
                    X500Name.getInstance(caCert.getSubjectX500Principal().getEncoded()),
                    serial(),
                    Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(Duration.ofDays(365))),
                    n.build(),
                    kp.getPublic());
            b.addExtension(Extension.basicConstraints, false, new BasicConstraints(false));
            b.addExtension(
                    Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
            b.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
            b.addExtension(
                    Extension.subjectAlternativeName,
                    false,
                    new GeneralNames(new GeneralName(GeneralName.iPAddress, ipAddress)));
            b.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(kp.getPublic()));
            b.addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(caCert));
            return new IssuedIdentity(kp.getPrivate(), List.of(sign(b, caKey), caCert));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot issue a TLS server certificate", e);
        }
    }

    private IssuedIdentity issue(IdentitySpec spec, PrivateKey issuerKey, X509Certificate issuerCert) {
        Instant now = Instant.now();
        Instant from = spec.notBefore() != null ? spec.notBefore() : now.minus(Duration.ofDays(1));
        Instant to = spec.notAfter() != null ? spec.notAfter() : now.plus(Duration.ofDays(365));
        KeyPair kp = generate(spec.keyAlgorithm());
        try {
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(
                    X500Name.getInstance(issuerCert.getSubjectX500Principal().getEncoded()),
                    serial(),
                    Date.from(from),
                    Date.from(to),
                    subjectOf(spec),
                    kp.getPublic());
            b.addExtension(Extension.basicConstraints, false, new BasicConstraints(false));
            boolean tsa = spec.kind() == IdentitySpec.Kind.TIME_STAMPING;
            int ku = tsa
                    ? KeyUsage.digitalSignature | KeyUsage.nonRepudiation
                    : switch (spec.usage()) {
                        case SIGNING -> KeyUsage.nonRepudiation;
                        case SIGNING_RSA -> KeyUsage.digitalSignature | KeyUsage.nonRepudiation;
                        case AUTHENTICATION -> KeyUsage.digitalSignature | KeyUsage.keyEncipherment;
                    };
            b.addExtension(Extension.keyUsage, true, new KeyUsage(ku));
            // RFC 3161 2.3: a TSA certificate has the one extended key usage id-kp-timeStamping, marked critical
            b.addExtension(
                    Extension.extendedKeyUsage,
                    tsa,
                    tsa ? new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping) : extendedKeyUsage(spec));
            b.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(kp.getPublic()));
            b.addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(issuerCert));
            if (!spec.untrusted() && spec.revocationInfo() && revocationUrls != null) {
                revocationUrls.addTo(b);
            }
            X509Certificate cert = sign(b, issuerKey);
            if (!spec.untrusted()) {
                issued.record(cert);
            }
            // (an intermediate's certificates are recorded too: serials are random, the responder matches the issuer)
            List<X509Certificate> chain = new ArrayList<>();
            chain.add(cert);
            chain.add(issuerCert);
            return new IssuedIdentity(kp.getPrivate(), chain);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot issue certificate", e);
        }
    }

    /** Builds the NCA subject: CN, SURNAME, SERIALNUMBER=IIN..., C=KZ, O, OU=BIN..., G (O/OU for organisations only). */
    static X500Name subjectOf(IdentitySpec spec) {
        X500NameBuilder n = new X500NameBuilder(BCStyle.INSTANCE);
        n.addRDN(BCStyle.CN, utf8(spec.effectiveCommonName()));
        if (spec.surname() != null) {
            n.addRDN(BCStyle.SURNAME, utf8(spec.surname()));
        }
        if (spec.iin() != null) {
            n.addRDN(BCStyle.SERIALNUMBER, new DERPrintableString("IIN" + spec.iin()));
        }
        n.addRDN(BCStyle.C, new DERPrintableString("KZ"));
        if (spec.isOrganisation()) {
            if (spec.organisation() != null) {
                n.addRDN(BCStyle.O, utf8(spec.organisation()));
            }
            n.addRDN(BCStyle.OU, utf8("BIN" + spec.bin()));
        }
        if (spec.patronymic() != null) {
            n.addRDN(BCStyle.GIVENNAME, utf8(spec.patronymic()));
        }
        return n.build();
    }

    private static ExtendedKeyUsage extendedKeyUsage(IdentitySpec spec) {
        List<KeyPurposeId> ids = new ArrayList<>();
        ids.add(
                spec.usage() != IdentitySpec.Usage.AUTHENTICATION
                        ? KeyPurposeId.id_kp_emailProtection
                        : KeyPurposeId.id_kp_clientAuth);
        switch (spec.kind()) {
            case INDIVIDUAL -> ids.add(purpose(OID_INDIVIDUAL));
            case LEGAL_ENTITY_HEAD -> {
                ids.add(purpose(OID_LEGAL_ENTITY));
                ids.add(purpose(OID_LEGAL_ENTITY_HEAD));
            }
            case LEGAL_ENTITY_EMPLOYEE -> {
                ids.add(purpose(OID_LEGAL_ENTITY));
                ids.add(purpose(OID_LEGAL_ENTITY_EMPLOYEE));
            }
            case SYSTEM -> ids.add(purpose(OID_LEGAL_ENTITY));
            case TIME_STAMPING -> ids.add(KeyPurposeId.id_kp_timeStamping);
        }
        return new ExtendedKeyUsage(ids.toArray(new KeyPurposeId[0]));
    }

    private static KeyPurposeId purpose(String oid) {
        return KeyPurposeId.getInstance(new ASN1ObjectIdentifier(oid));
    }

    private static ASN1Encodable utf8(String s) {
        return new DERUTF8String(s);
    }

    private IssuedIdentity rogue() {
        IssuedIdentity r = rogueCa;
        if (r == null) {
            synchronized (this) {
                r = rogueCa;
                if (r == null) {
                    r = createCa(caName(ROGUE_CA_NAME));
                    rogueCa = r;
                }
            }
        }
        return r;
    }

    private static X500Name caName(String cn) {
        X500NameBuilder n = new X500NameBuilder(BCStyle.INSTANCE);
        n.addRDN(BCStyle.CN, utf8(cn));
        n.addRDN(BCStyle.O, utf8("E-licensing sandbox"));
        n.addRDN(BCStyle.C, new DERPrintableString("KZ"));
        return n.build();
    }

    private static IssuedIdentity createCa(X500Name name) {
        KeyPair kp = generate(IdentitySpec.KeyAlgorithm.RSA_2048);
        Instant now = Instant.now();
        try {
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(
                    name,
                    serial(),
                    Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(Duration.ofDays(3653))),
                    name,
                    kp.getPublic());
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            b.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(kp.getPublic()));
            b.addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(kp.getPublic()));
            X509Certificate cert = sign(b, kp.getPrivate());
            return new IssuedIdentity(kp.getPrivate(), List.of(cert));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot create CA", e);
        }
    }

    private static X509Certificate sign(X509v3CertificateBuilder b, PrivateKey issuerKey)
            throws GeneralSecurityException {
        try {
            String alg = "EC".equals(issuerKey.getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
            ContentSigner signer = new JcaContentSignerBuilder(alg).build(issuerKey);
            return new JcaX509CertificateConverter().getCertificate(b.build(signer));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    private static KeyPair generate(IdentitySpec.KeyAlgorithm alg) {
        try {
            if (alg == IdentitySpec.KeyAlgorithm.EC_P256) {
                KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
                g.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
                return g.generateKeyPair();
            }
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048, RANDOM);
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BigInteger serial() {
        return new BigInteger(127, RANDOM).add(BigInteger.ONE);
    }

    private static IssuedIdentity loadCa(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, CA_PASSWORD);
            PrivateKey key = (PrivateKey) ks.getKey(CA_ALIAS, CA_PASSWORD);
            X509Certificate cert = (X509Certificate) ks.getCertificate(CA_ALIAS);
            if (key == null || cert == null) {
                throw new IllegalStateException("no CA entry in " + file);
            }
            return new IssuedIdentity(key, List.of(cert));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot read the sandbox CA " + file, e);
        }
    }

    private static void storeCa(Path file, IssuedIdentity ca) {
        try {
            Files.createDirectories(file.getParent());
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setKeyEntry(CA_ALIAS, ca.privateKey(), CA_PASSWORD, new Certificate[] {ca.certificate()});
            Path tmp = Files.createTempFile(file.getParent(), ".tmp-", ".p12");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                ks.store(out, CA_PASSWORD);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot write the sandbox CA " + file, e);
        }
    }

    private void writeTrustPem() {
        try {
            String pem = toPem(caCert);
            Path file = caPemFile();
            Files.createDirectories(file.getParent());
            if (Files.exists(file)
                    && Files.readString(file, StandardCharsets.US_ASCII).equals(pem)) {
                return;
            }
            Path tmp = Files.createTempFile(file.getParent(), ".tmp-", ".pem");
            Files.writeString(tmp, pem, StandardCharsets.US_ASCII);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the trust anchor", e);
        }
    }

    /** PEM text of a certificate. */
    public static String toPem(X509Certificate cert) {
        try {
            String b64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(cert.getEncoded());
            return "-----BEGIN CERTIFICATE-----\n" + b64 + "\n-----END CERTIFICATE-----\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True if the certificate was signed by this sandbox CA (not checking dates). */
    public boolean issuedByThisCa(X509Certificate cert) {
        try {
            PublicKey pk = caCert.getPublicKey();
            cert.verify(pk);
            return cert.getIssuerX500Principal().equals(caCert.getSubjectX500Principal());
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}

package kz.elicensing.sandbox.pki;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import kz.elicensing.sandbox.pki.IdentitySpec.Kind;
import kz.elicensing.sandbox.pki.IdentitySpec.Usage;

/** The fixed demo people and systems, kept as PKCS#12 files under {@code <data>/keys} and reused on restart. */
public final class DemoIdentities {

    /** Password of every demo keystore. */
    public static final String PASSWORD = "demo1234";
    /** Directory of the demo keystores, relative to the data directory. */
    public static final String KEYS_DIR = "keys";

    public static final String COMPANY_BIN = "150140000012";
    public static final String COMPANY_NAME = "ТОО «Қорғау-Сервис»";
    public static final String COMPANY_HEAD_IIN = "900515300018";
    public static final String COMPANY_HEAD_SURNAME = "СӘРСЕНБАЕВ";
    public static final String COMPANY_HEAD_NAME = "НҰРЛАН";
    public static final String COMPANY_HEAD_PATRONYMIC = "ҚАЙРАТҰЛЫ";

    public static final String OTHER_COMPANY_BIN = "160540000039";
    public static final String OTHER_COMPANY_NAME = "ТОО «Өркен Күзет»";
    public static final String OTHER_COMPANY_HEAD_IIN = "850320400121";
    public static final String OTHER_COMPANY_HEAD_SURNAME = "ЖҰМАБЕКОВА";
    public static final String OTHER_COMPANY_HEAD_NAME = "ӘЙГЕРІМ";
    public static final String OTHER_COMPANY_HEAD_PATRONYMIC = "СЕРІКҚЫЗЫ";

    public static final String PERSON_IIN = "751102300459";
    public static final String PERSON_SURNAME = "ҒАБИТОВ";
    public static final String PERSON_NAME = "ІЛИЯС";

    public static final String PROVIDER_BIN = "120340000054";
    public static final String PROVIDER_NAME = "Департамент полиции города Алматы";
    public static final String PROVIDER_SIGNER_IIN = "871214400161";
    public static final String PROVIDER_SIGNER_SURNAME = "ӘБІЛҚАСЫМОВА";
    public static final String PROVIDER_SIGNER_NAME = "ҮМІТ";
    public static final String PROVIDER_SIGNER_PATRONYMIC = "НҰРЛАНҚЫЗЫ";

    public static final String ELICENSING_BIN = "101040000072";
    public static final String ELICENSING_NAME = "E-licensing";
    public static final String ELICENSING_CN = "E-LICENSING";

    public static final String SHEP_BIN = "041240000056";
    public static final String SHEP_NAME = "ШЭП (SANDBOX)";
    public static final String SHEP_CN = "SHEP-GATEWAY";
    public static final String PORTAL_BIN = "091240000015";
    public static final String PORTAL_NAME = "Портал электронного правительства (SANDBOX)";
    public static final String PORTAL_CN = "PORTAL";
    public static final String PEP_BIN = "051240000028";
    public static final String PEP_NAME = "Платёжный шлюз электронного правительства (SANDBOX)";
    public static final String PEP_CN = "PEP";

    /** One demo keystore: file name, CLI alias, description and certificate spec. */
    public enum Demo {
        COMPANY_HEAD(
                "company-head.p12",
                "company",
                "head of " + COMPANY_NAME + " (BIN " + COMPANY_BIN + "), signing key",
                IdentitySpec.builder(Kind.LEGAL_ENTITY_HEAD)
                        .bin(COMPANY_BIN)
                        .organisation(COMPANY_NAME)
                        .iin(COMPANY_HEAD_IIN)
                        .surname(COMPANY_HEAD_SURNAME)
                        .name(COMPANY_HEAD_NAME)
                        .patronymic(COMPANY_HEAD_PATRONYMIC)
                        .usage(Usage.SIGNING)
                        .build()),
        COMPANY_HEAD_AUTH(
                "company-head-auth.p12",
                "company-auth",
                "the same head of " + COMPANY_NAME + ", AUTHENTICATION key (must not sign applications)",
                IdentitySpec.builder(Kind.LEGAL_ENTITY_HEAD)
                        .bin(COMPANY_BIN)
                        .organisation(COMPANY_NAME)
                        .iin(COMPANY_HEAD_IIN)
                        .surname(COMPANY_HEAD_SURNAME)
                        .name(COMPANY_HEAD_NAME)
                        .patronymic(COMPANY_HEAD_PATRONYMIC)
                        .usage(Usage.AUTHENTICATION)
                        .build()),
        OTHER_COMPANY_HEAD(
                "other-company-head.p12",
                "other-company",
                "head of " + OTHER_COMPANY_NAME + " (BIN " + OTHER_COMPANY_BIN + "), signing key",
                IdentitySpec.builder(Kind.LEGAL_ENTITY_HEAD)
                        .bin(OTHER_COMPANY_BIN)
                        .organisation(OTHER_COMPANY_NAME)
                        .iin(OTHER_COMPANY_HEAD_IIN)
                        .surname(OTHER_COMPANY_HEAD_SURNAME)
                        .name(OTHER_COMPANY_HEAD_NAME)
                        .patronymic(OTHER_COMPANY_HEAD_PATRONYMIC)
                        .usage(Usage.SIGNING)
                        .build()),
        PERSON(
                "person.p12",
                "person",
                "individual applicant, signing key",
                IdentitySpec.builder(Kind.INDIVIDUAL)
                        .iin(PERSON_IIN)
                        .surname(PERSON_SURNAME)
                        .name(PERSON_NAME)
                        .usage(Usage.SIGNING)
                        .build()),
        PROVIDER_SIGNER(
                "provider-signer.p12",
                "provider",
                "authorized person of the licensing provider " + PROVIDER_NAME + " (BIN " + PROVIDER_BIN
                        + "); E-licensing signs licenses with it",
                IdentitySpec.builder(Kind.LEGAL_ENTITY_EMPLOYEE)
                        .bin(PROVIDER_BIN)
                        .organisation(PROVIDER_NAME)
                        .iin(PROVIDER_SIGNER_IIN)
                        .surname(PROVIDER_SIGNER_SURNAME)
                        .name(PROVIDER_SIGNER_NAME)
                        .patronymic(PROVIDER_SIGNER_PATRONYMIC)
                        .usage(Usage.SIGNING)
                        .build()),
        ELICENSING_SYSTEM(
                "elicensing-system.p12",
                "system",
                "E-licensing's own system key (BIN " + ELICENSING_BIN + "); signs its GBD UL requests",
                IdentitySpec.builder(Kind.SYSTEM)
                        .bin(ELICENSING_BIN)
                        .organisation(ELICENSING_NAME)
                        .commonName(ELICENSING_CN)
                        .usage(Usage.SIGNING)
                        .build()),
        SHEP_GATEWAY(
                "shep-gateway.p12",
                "gateway",
                "the ShEP gateway's system key (BIN " + SHEP_BIN + "); signs the gateway's responses (WS-Security)",
                IdentitySpec.builder(Kind.SYSTEM)
                        .bin(SHEP_BIN)
                        .organisation(SHEP_NAME)
                        .commonName(SHEP_CN)
                        .usage(Usage.SIGNING)
                        .build()),
        PORTAL_SYSTEM(
                "portal-system.p12",
                "portal",
                "the e-government portal's system key (BIN " + PORTAL_BIN
                        + "); signs its ShEP messages (sender PORTAL)",
                IdentitySpec.builder(Kind.SYSTEM)
                        .bin(PORTAL_BIN)
                        .organisation(PORTAL_NAME)
                        .commonName(PORTAL_CN)
                        .usage(Usage.SIGNING)
                        .build()),
        TSA(
                "tsa.p12",
                "tsa",
                "the sandbox time-stamping authority (RFC 3161, critical EKU timeStamping); stamps XAdES signature timestamps",
                IdentitySpec.builder(Kind.TIME_STAMPING)
                        .bin(SHEP_BIN)
                        .organisation("НУЦ РК (SANDBOX)")
                        .commonName("TSA НУЦ РК (SANDBOX)")
                        .usage(Usage.SIGNING)
                        .build()),
        PEP_SYSTEM(
                "pep-system.p12",
                "pep",
                "the payment gateway's system key (BIN " + PEP_BIN + "); signs its ShEP messages (sender PEP)",
                IdentitySpec.builder(Kind.SYSTEM)
                        .bin(PEP_BIN)
                        .organisation(PEP_NAME)
                        .commonName(PEP_CN)
                        .usage(Usage.SIGNING)
                        .build());

        private final String fileName;
        private final String alias;
        private final String description;
        private final IdentitySpec spec;

        Demo(String fileName, String alias, String description, IdentitySpec spec) {
            this.fileName = fileName;
            this.alias = alias;
            this.description = description;
            this.spec = spec;
        }

        public String fileName() {
            return fileName;
        }
        /** Short name used by the CLI's --as option. */
        public String alias() {
            return alias;
        }

        public String description() {
            return description;
        }

        public IdentitySpec spec() {
            return spec;
        }

        /** The demo by CLI alias (company, company-auth, other-company, person, provider, system, gateway) or enum name. */
        public static Demo byAlias(String alias) {
            for (Demo d : values()) {
                if (d.alias.equalsIgnoreCase(alias) || d.name().equalsIgnoreCase(alias.replace('-', '_'))) {
                    return d;
                }
            }
            throw new IllegalArgumentException("unknown identity '" + alias + "'; one of: "
                    + Arrays.stream(values()).map(Demo::alias).collect(Collectors.joining(", ")));
        }
    }

    private final Path keysDir;
    private final Map<Demo, IssuedIdentity> identities;

    private DemoIdentities(Path keysDir, Map<Demo, IssuedIdentity> identities) {
        this.keysDir = keysDir;
        this.identities = identities;
    }

    /**
     * Loads the demo keystores of {@code <data>/keys}, issuing any that is missing, expires within a week,
     * was not issued by this CA, or (when the PKI knows its sandbox's URL) does not name that sandbox's OCSP
     * responder and CRL; re-issued keystores keep their file name and password. Writes {@code README.txt}.
     */
    public static synchronized DemoIdentities open(Path dataDir, TestPki pki) {
        Path dir = dataDir.resolve(KEYS_DIR);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create " + dir, e);
        }
        Map<Demo, IssuedIdentity> map = new EnumMap<>(Demo.class);
        for (Demo d : Demo.values()) {
            Path file = dir.resolve(d.fileName());
            IssuedIdentity id = Files.exists(file) ? tryLoad(file) : null;
            if (id == null || !usable(id.certificate(), pki)) {
                id = pki.issue(d.spec());
                id.saveP12(file, PASSWORD.toCharArray());
            } else {
                pki.recordIssued(id.certificate());
            }
            map.put(d, id);
        }
        writeReadme(dir);
        return new DemoIdentities(dir, map);
    }

    static IssuedIdentity tryLoad(Path file) {
        try {
            return IssuedIdentity.loadP12(file, PASSWORD.toCharArray());
        } catch (RuntimeException e) {
            return null;
        }
    }

    static boolean usable(X509Certificate cert, TestPki pki) {
        Instant now = Instant.now();
        return pki.issuedByThisCa(cert)
                && cert.getNotBefore().toInstant().isBefore(now)
                && cert.getNotAfter().toInstant().isAfter(now.plus(Duration.ofDays(7)))
                && pki.revocationUrls().map(urls -> urls.namedIn(cert)).orElse(true);
    }

    private static void writeReadme(Path dir) {
        StringBuilder sb = new StringBuilder();
        sb.append("E-licensing sandbox: demo keystores (PKCS#12, key alias \"")
                .append(IssuedIdentity.ALIAS)
                .append("\")\n");
        sb.append("Password of every file: ").append(PASSWORD).append("\n");
        sb.append("Issued by the sandbox CA (../trust/")
                .append(TestPki.CA_PEM)
                .append("); re-issued automatically if missing, expiring, or naming another OCSP/CRL address.\n");
        sb.append(
                "Revocation: OCSP and CRL of the running sandbox (AIA / CRL distribution points in each certificate).\n\n");
        for (Demo d : Demo.values()) {
            IdentitySpec s = d.spec();
            sb.append(d.fileName()).append("  (--as ").append(d.alias()).append(")\n");
            sb.append("    who:   ").append(s.effectiveCommonName());
            if (s.patronymic() != null) {
                sb.append(' ').append(s.patronymic());
            }
            sb.append('\n');
            if (s.iin() != null) {
                sb.append("    IIN:   ").append(s.iin()).append('\n');
            }
            if (s.isOrganisation()) {
                sb.append("    BIN:   ")
                        .append(s.bin())
                        .append("  ")
                        .append(s.organisation())
                        .append('\n');
            }
            sb.append("    kind:  ")
                    .append(s.kind())
                    .append(", usage ")
                    .append(s.usage())
                    .append(
                            switch (s.usage()) {
                                case SIGNING -> " (nonRepudiation)";
                                case SIGNING_RSA -> " (digitalSignature, nonRepudiation)";
                                case AUTHENTICATION -> " (digitalSignature, keyEncipherment)";
                            })
                    .append('\n');
            sb.append("    role:  ").append(d.description()).append("\n\n");
        }
        try {
            Files.writeString(dir.resolve("README.txt"), sb.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write README.txt", e);
        }
    }

    /** The identity of a demo. */
    public IssuedIdentity get(Demo demo) {
        return identities.get(demo);
    }

    /** The identity by CLI alias: company, company-auth, other-company, person, provider, system, gateway. */
    public IssuedIdentity get(String alias) {
        return get(Demo.byAlias(alias.toLowerCase(Locale.ROOT)));
    }

    /** Head of ТОО «Қорғау-Сервис», signing key. */
    public IssuedIdentity company() {
        return get(Demo.COMPANY_HEAD);
    }
    /** Head of ТОО «Қорғау-Сервис», authentication key. */
    public IssuedIdentity companyAuth() {
        return get(Demo.COMPANY_HEAD_AUTH);
    }
    /** Head of ТОО «Өркен Күзет», signing key. */
    public IssuedIdentity otherCompany() {
        return get(Demo.OTHER_COMPANY_HEAD);
    }
    /** The individual ҒАБИТОВ ІЛИЯС, signing key. */
    public IssuedIdentity person() {
        return get(Demo.PERSON);
    }
    /** The licensing provider's authorized person; E-licensing signs licenses with it. */
    public IssuedIdentity providerSigner() {
        return get(Demo.PROVIDER_SIGNER);
    }
    /** E-licensing's own system key (signs its GBD UL requests). */
    public IssuedIdentity elicensingSystem() {
        return get(Demo.ELICENSING_SYSTEM);
    }

    public IssuedIdentity portalSystem() {
        return get(Demo.PORTAL_SYSTEM);
    }

    public IssuedIdentity pepSystem() {
        return get(Demo.PEP_SYSTEM);
    }

    public TimeStampAuthority tsa() {
        return new TimeStampAuthority(get(Demo.TSA));
    }
    /** The ShEP gateway's system key (signs the sandbox gateway's responses). */
    public IssuedIdentity shepGateway() {
        return get(Demo.SHEP_GATEWAY);
    }

    /** {@code <data>/keys}. */
    public Path keysDir() {
        return keysDir;
    }

    /** The keystore file of a demo. */
    public Path file(Demo demo) {
        return keysDir.resolve(demo.fileName());
    }
}

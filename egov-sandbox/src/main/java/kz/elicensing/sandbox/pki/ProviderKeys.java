package kz.elicensing.sandbox.pki;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kz.elicensing.sandbox.pki.AuthorizedPerson.Kind;

/**
 * The keys of the catalog providers' demo authorized persons ({@code <data>/keys/<key_alias>.p12}, entry "signer") and
 * the providers' system seals ({@code <data>/keys/seal-<provider code>.p12}, entry alias = file name without .p12),
 * issued on first start and reused on restart like the other demo keystores (password {@link DemoIdentities#PASSWORD}). DP_ALMATY's authorized person is
 * the existing provider signer ({@code provider-signer.p12}); the EXPIRED_KEY person's certificate ended 30 days
 * ago; the REVOKED_KEY person's certificate is revoked at the sandbox CA (OCSP and CRL, reason keyCompromise,
 * an hour before it was issued or found unrevoked).
 */
public final class ProviderKeys {

    /** The alias (and file name without .p12) prefix of the providers' seals. */
    public static final String SEAL_PREFIX = "seal-";

    private final AuthorizedPersons table;
    private final Map<String, IssuedIdentity> persons;
    private final Map<String, IssuedIdentity> seals;
    private final Map<String, Path> files;

    private ProviderKeys(
            AuthorizedPersons table,
            Map<String, IssuedIdentity> persons,
            Map<String, IssuedIdentity> seals,
            Map<String, Path> files) {
        this.table = table;
        this.persons = persons;
        this.seals = seals;
        this.files = files;
    }

    /** The seal alias of a provider code: {@code seal-<code lowercased>}. */
    public static String sealAlias(String providerCode) {
        return SEAL_PREFIX + providerCode.toLowerCase(Locale.ROOT);
    }

    /**
     * Loads the persons' and seals' keystores of {@code <data>/keys}, issuing any that is missing or unusable (not
     * of this CA, expiring, or naming another sandbox's OCSP/CRL; an EXPIRED_KEY one that is not expired; a
     * REVOKED_KEY one is revoked if it is not yet).
     */
    public static synchronized ProviderKeys open(DemoIdentities demo, TestPki pki) {
        AuthorizedPersons table = AuthorizedPersons.load();
        Path dir = demo.keysDir();
        Map<String, IssuedIdentity> persons = new LinkedHashMap<>();
        Map<String, Path> files = new LinkedHashMap<>();
        for (AuthorizedPerson p : table.persons()) {
            if (isProviderSigner(p)) {
                persons.put(key(p.keyAlias()), demo.providerSigner());
                files.put(key(p.keyAlias()), demo.file(DemoIdentities.Demo.PROVIDER_SIGNER));
                continue;
            }
            Path file = dir.resolve(p.fileName());
            IssuedIdentity id = Files.exists(file) ? DemoIdentities.tryLoad(file) : null;
            if (id == null || !usable(p.kind(), id.certificate(), pki)) {
                id = pki.issue(spec(p, table));
                id.saveP12(file, DemoIdentities.PASSWORD.toCharArray());
            } else {
                pki.recordIssued(id.certificate());
            }
            if (p.kind() == Kind.REVOKED_KEY && !pki.isRevoked(id.certificate().getSerialNumber())) {
                pki.revoke(id.certificate(), 1, Instant.now().minus(Duration.ofHours(1)));
            }
            persons.put(key(p.keyAlias()), id);
            files.put(key(p.keyAlias()), file);
        }
        Map<String, IssuedIdentity> seals = new LinkedHashMap<>();
        for (AuthorizedPersons.Provider pr : table.providers()) {
            String alias = sealAlias(pr.code());
            Path file = dir.resolve(alias + ".p12");
            IssuedIdentity id = Files.exists(file) ? DemoIdentities.tryLoad(file) : null;
            if (id == null || !DemoIdentities.usable(id.certificate(), pki)) {
                id = pki.issue(sealSpec(pr));
                id.saveP12(file, DemoIdentities.PASSWORD.toCharArray(), alias);
            } else {
                pki.recordIssued(id.certificate());
            }
            seals.put(alias, id);
            files.put(alias, file);
        }
        return new ProviderKeys(table, persons, seals, files);
    }

    private static boolean isProviderSigner(AuthorizedPerson p) {
        return p.kind() == Kind.AUTHORIZED && DemoIdentities.PROVIDER_SIGNER_IIN.equals(p.iin());
    }

    private static boolean usable(Kind kind, X509Certificate cert, TestPki pki) {
        if (kind != Kind.EXPIRED_KEY) {
            return DemoIdentities.usable(cert, pki);
        }
        return pki.issuedByThisCa(cert)
                && cert.getNotAfter().toInstant().isBefore(Instant.now())
                && pki.revocationUrls().map(urls -> urls.namedIn(cert)).orElse(true);
    }

    /** The certificate of a person: a legal-entity employee of the provider, the NCA's RSA signing profile. */
    static IdentitySpec spec(AuthorizedPerson p, AuthorizedPersons table) {
        AuthorizedPersons.Provider pr = table.provider(p.providerCode()).orElseThrow();
        IdentitySpec.Builder b = IdentitySpec.builder(IdentitySpec.Kind.LEGAL_ENTITY_EMPLOYEE)
                .bin(pr.bin())
                .organisation(pr.name())
                .iin(p.iin())
                .surname(p.surname())
                .name(p.name())
                .patronymic(p.patronymic())
                .usage(IdentitySpec.Usage.SIGNING_RSA);
        if (p.kind() == Kind.EXPIRED_KEY) {
            Instant now = Instant.now();
            b.validity(now.minus(Duration.ofDays(395)), now.minus(Duration.ofDays(30)));
        }
        return b.build();
    }

    /** The certificate of a provider's seal: CN = O = the provider's name, OU=BIN..., no IIN. */
    static IdentitySpec sealSpec(AuthorizedPersons.Provider pr) {
        return IdentitySpec.builder(IdentitySpec.Kind.SYSTEM)
                .bin(pr.bin())
                .organisation(pr.name())
                .commonName(pr.name())
                .usage(IdentitySpec.Usage.SIGNING_RSA)
                .build();
    }

    private static String key(String alias) {
        return alias.toLowerCase(Locale.ROOT);
    }

    /** The persons table these keys belong to. */
    public AuthorizedPersons table() {
        return table;
    }

    /** The key of a person by key alias (e.g. signer-dp_almaty), case-insensitive. */
    public Optional<IssuedIdentity> person(String alias) {
        return Optional.ofNullable(persons.get(key(alias)));
    }

    /** The seal of a provider code (e.g. DP_ALMATY) or seal alias (seal-dp_almaty). */
    public Optional<IssuedIdentity> seal(String providerCodeOrAlias) {
        String k = key(providerCodeOrAlias);
        return Optional.ofNullable(seals.get(k.startsWith(SEAL_PREFIX) ? k : sealAlias(k)));
    }

    /** The keystore file of a person's key alias or a seal alias. */
    public Optional<Path> file(String alias) {
        return Optional.ofNullable(files.get(key(alias)));
    }

    /** Every seal alias, in provider order. */
    public List<String> sealAliases() {
        return List.copyOf(seals.keySet());
    }
}

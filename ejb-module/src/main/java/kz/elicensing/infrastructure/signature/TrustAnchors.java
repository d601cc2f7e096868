package kz.elicensing.infrastructure.signature;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Stream;
import kz.elicensing.infrastructure.config.ElicensingConfig;

/** The trusted CA certificates: every PEM/DER certificate file in the configured trust directory, read at first use. */
@ApplicationScoped
public class TrustAnchors {
    private static final Logger LOG = Logger.getLogger(TrustAnchors.class.getName());

    @Inject
    ElicensingConfig config;

    private volatile Set<TrustAnchor> anchors;
    private final java.util.Map<X509Certificate, RevocationPolicy> policies =
            new java.util.concurrent.ConcurrentHashMap<>();

    public Set<TrustAnchor> anchors() {
        Set<TrustAnchor> result = anchors;
        if (result == null) {
            result = load(config.trustDirectory(), policies);
            anchors = result;
        }
        return result;
    }

    static Set<TrustAnchor> load(Path directory, java.util.Map<X509Certificate, RevocationPolicy> policies) {
        Set<TrustAnchor> result = new HashSet<>();
        if (!Files.isDirectory(directory)) {
            LOG.warning(() -> "trust directory " + directory + " does not exist: no signature will be trusted");
            return result;
        }
        try (Stream<Path> files = Files.list(directory)) {
            CertificateFactory cf = CertificateFactory.getInstance("X.509");
            for (Path file : files.filter(Files::isRegularFile)
                    .filter(f -> !f.toString().endsWith(".properties"))
                    .sorted()
                    .toList()) {
                RevocationPolicy policy = policy(file);
                try (InputStream in = Files.newInputStream(file)) {
                    for (var cert : cf.generateCertificates(in)) {
                        X509Certificate x509 = (X509Certificate) cert;
                        result.add(new TrustAnchor(x509, null));
                        policies.put(x509, policy);
                        LOG.info(() -> "trust anchor " + x509.getSubjectX500Principal() + " from " + file);
                    }
                } catch (CertificateException | IOException e) {
                    LOG.warning(() -> "skipping " + file + ": not a certificate (" + e.getMessage() + ")");
                }
            }
        } catch (IOException | CertificateException e) {
            throw new IllegalStateException("cannot read trust directory " + directory, e);
        }
        return Set.copyOf(result);
    }

    /** The revocation policy of the CA file's {@code .properties} sidecar (same name, extension replaced). */
    private static RevocationPolicy policy(Path caFile) throws IOException {
        String name = caFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Path sidecar = caFile.resolveSibling((dot < 0 ? name : name.substring(0, dot)) + ".properties");
        if (!Files.isRegularFile(sidecar)) {
            return RevocationPolicy.DEFAULT;
        }
        java.util.Properties p = new java.util.Properties();
        try (var in = Files.newBufferedReader(sidecar)) {
            p.load(in);
        }
        return new RevocationPolicy(
                !"none".equalsIgnoreCase(p.getProperty("revocation", "check").trim()),
                blankToNull(p.getProperty("ocsp.url")),
                blankToNull(p.getProperty("crl.url")),
                !"optional"
                        .equalsIgnoreCase(
                                p.getProperty("ocsp.nonce", "required").trim()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** How certificates issued by this trust anchor are checked for revocation. */
    public RevocationPolicy policyFor(X509Certificate issuer) {
        anchors();
        return policies.getOrDefault(issuer, RevocationPolicy.DEFAULT);
    }

    /** The certificate that issued {@code certificate}: a trust anchor or one of {@code candidates} (by subject and key). */
    public X509Certificate issuerOf(X509Certificate certificate, List<X509Certificate> candidates) {
        java.util.stream.Stream<X509Certificate> all =
                java.util.stream.Stream.concat(candidates.stream(), certificates().stream());
        return all.filter(c -> c.getSubjectX500Principal().equals(certificate.getIssuerX500Principal()))
                .filter(c -> {
                    try {
                        certificate.verify(c.getPublicKey());
                        return true;
                    } catch (java.security.GeneralSecurityException e) {
                        return false;
                    }
                })
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no issuer for a validated certificate"));
    }

    /** True when {@code certificate} is one of the trust anchors (a root: its own revocation is not checked). */
    public boolean isAnchor(X509Certificate certificate) {
        return certificates().contains(certificate);
    }

    /** Certificates of the anchors, for reports. */
    public List<X509Certificate> certificates() {
        return anchors().stream().map(TrustAnchor::getTrustedCert).toList();
    }
}

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

    public Set<TrustAnchor> anchors() {
        Set<TrustAnchor> result = anchors;
        if (result == null) {
            result = load(config.trustDirectory());
            anchors = result;
        }
        return result;
    }

    static Set<TrustAnchor> load(Path directory) {
        Set<TrustAnchor> result = new HashSet<>();
        if (!Files.isDirectory(directory)) {
            LOG.warning(() -> "trust directory " + directory + " does not exist: no signature will be trusted");
            return result;
        }
        try (Stream<Path> files = Files.list(directory)) {
            CertificateFactory cf = CertificateFactory.getInstance("X.509");
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    for (var cert : cf.generateCertificates(in)) {
                        X509Certificate x509 = (X509Certificate) cert;
                        result.add(new TrustAnchor(x509, null));
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

    /** The certificate that issued {@code certificate}: a trust anchor or one of {@code candidates} (by subject and key). */
    public X509Certificate issuerOf(X509Certificate certificate, List<X509Certificate> candidates) {
        java.util.stream.Stream<X509Certificate> all = java.util.stream.Stream.concat(candidates.stream(), certificates().stream());
        return all.filter(c -> c.getSubjectX500Principal().equals(certificate.getIssuerX500Principal()))
                .filter(c -> {
                    try {
                        certificate.verify(c.getPublicKey());
                        return true;
                    } catch (java.security.GeneralSecurityException e) {
                        return false;
                    }
                })
                .findFirst().orElseThrow(() -> new IllegalStateException("no issuer for a validated certificate"));
    }

    /** Certificates of the anchors, for reports. */
    public List<X509Certificate> certificates() {
        return anchors().stream().map(TrustAnchor::getTrustedCert).toList();
    }
}

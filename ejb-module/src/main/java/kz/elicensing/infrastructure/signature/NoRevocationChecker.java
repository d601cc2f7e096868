package kz.elicensing.infrastructure.signature;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.cert.X509Certificate;
import java.time.Instant;

/** Placeholder: checks no revocation (replaced by the OCSP/CRL checker). */
@ApplicationScoped
public class NoRevocationChecker implements RevocationChecker {
    @Override
    public RevocationStatus check(X509Certificate certificate, X509Certificate issuer, Instant at) {
        return new RevocationStatus("NOT_CHECKED", null, false);
    }
}

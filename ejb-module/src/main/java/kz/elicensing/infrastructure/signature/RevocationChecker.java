package kz.elicensing.infrastructure.signature;

import java.security.cert.X509Certificate;
import java.time.Instant;

/** Tells whether a certificate was revoked at a time (OCSP first, CRL as fallback, answers cached). */
public interface RevocationChecker {

    /** A checker that checks nothing; for tests of other pipeline steps only. */
    RevocationChecker NONE = (certificate, issuer, at) -> new RevocationStatus("NONE", null, false);

    /**
     * Returns where the "not revoked" answer came from. Throws an {@code ElicensingException} with
     * CERTIFICATE_REVOKED (with the revocation time) or REVOCATION_UNKNOWN (no responder could answer).
     */
    RevocationStatus check(X509Certificate certificate, X509Certificate issuer, Instant at);
}

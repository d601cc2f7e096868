package kz.elicensing.infrastructure.signature;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;

/** Revocation of a whole validated path: the signer, then every intermediate CA up to the trust anchor. */
final class ChainRevocation {
    /** Longest path walked (PKIX has validated it already; this only bounds a malformed candidate list). */
    private static final int MAX_DEPTH = 8;

    private ChainRevocation() {}

    /** The signer's "not revoked" answer, once the signer and every intermediate above it are not revoked at {@code at}. */
    static RevocationStatus check(
            RevocationChecker revocation,
            TrustAnchors anchors,
            X509Certificate signer,
            X509Certificate issuer,
            List<X509Certificate> candidates,
            Instant at) {
        RevocationStatus status = revocation.check(signer, issuer, at);
        X509Certificate child = issuer;
        for (int depth = 0; !anchors.isAnchor(child); depth++) {
            if (depth >= MAX_DEPTH) {
                throw new ElicensingException(ErrorCode.CERTIFICATE_UNTRUSTED, "certificate path longer than " + depth);
            }
            X509Certificate parent = anchors.issuerOf(child, candidates);
            if (parent.equals(child)) {
                throw new ElicensingException(
                        ErrorCode.CERTIFICATE_UNTRUSTED, "self-issued intermediate " + child.getSubjectX500Principal());
            }
            revocation.check(child, parent, at);
            child = parent;
        }
        return status;
    }
}

package kz.elicensing.infrastructure.signature;

import java.security.GeneralSecurityException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;

/** Checks a signer's certificate: validity at the signing time, then a PKIX path to a trust anchor. */
public final class CertificateValidator {
    private static final ValidatedPaths PATHS = new ValidatedPaths();

    private CertificateValidator() {}

    /** Forgets the validated paths and the decoded certificates (the benchmark's cold pipeline measure). */
    static void forgetCaches() {
        PATHS.forget();
        DecodedCertificates.forget();
    }

    /** Refuses with CERTIFICATE_EXPIRED, CERTIFICATE_NOT_YET_VALID or CERTIFICATE_UNTRUSTED. */
    public static void validate(
            X509Certificate signer, List<X509Certificate> intermediates, Set<TrustAnchor> anchors, Instant at) {
        try {
            signer.checkValidity(Date.from(at));
        } catch (CertificateExpiredException e) {
            throw new ElicensingException(
                    ErrorCode.CERTIFICATE_EXPIRED, "certificate expired on " + signer.getNotAfter());
        } catch (CertificateNotYetValidException e) {
            throw new ElicensingException(
                    ErrorCode.CERTIFICATE_NOT_YET_VALID, "certificate valid only from " + signer.getNotBefore());
        }
        if (anchors.isEmpty()) {
            throw new ElicensingException(ErrorCode.CERTIFICATE_UNTRUSTED, "no trust anchors are configured");
        }
        if (PATHS.known(signer, intermediates, anchors, at)) {
            return;
        }
        try {
            List<X509Certificate> chain = new java.util.ArrayList<>();
            chain.add(signer);
            intermediates.stream()
                    .filter(c -> !c.equals(signer))
                    .filter(c ->
                            anchors.stream().noneMatch(a -> a.getTrustedCert().equals(c)))
                    .forEach(chain::add);
            CertPath path = CertificateFactory.getInstance("X.509").generateCertPath(chain);
            PKIXParameters params = new PKIXParameters(anchors);
            params.setRevocationEnabled(false);
            params.setDate(Date.from(at));
            CertPathValidator.getInstance("PKIX").validate(path, params);
            List<X509Certificate> validated = new java.util.ArrayList<>(chain);
            anchors.stream()
                    .map(TrustAnchor::getTrustedCert)
                    .filter(java.util.Objects::nonNull)
                    .filter(a -> a.getSubjectX500Principal()
                            .equals(chain.get(chain.size() - 1).getIssuerX500Principal()))
                    .forEach(validated::add);
            PATHS.remember(signer, validated, intermediates, anchors);
        } catch (CertPathValidatorException e) {
            throw new ElicensingException(
                    ErrorCode.CERTIFICATE_UNTRUSTED,
                    "no path to a trust anchor for " + signer.getSubjectX500Principal() + ": " + e.getMessage());
        } catch (GeneralSecurityException e) {
            throw new ElicensingException(ErrorCode.CERTIFICATE_UNTRUSTED, "certificate path: " + e.getMessage());
        }
    }
}

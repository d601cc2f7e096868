package kz.elicensing.sandbox.pki;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.Map;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Issues the sandbox CA's X.509 v2 CRL (DER, SHA256withRSA, CRL number, authority key identifier, one entry per
 * revocation with date and reason); regenerated when the revocations change or the cached one is an hour old.
 */
public final class CrlIssuer {

    /** nextUpdate - thisUpdate. */
    public static final Duration VALIDITY = Duration.ofDays(1);
    /** A CRL is regenerated at least this often even without new revocations. */
    public static final Duration REFRESH = Duration.ofHours(1);

    private final X509Certificate caCert;
    private final PrivateKey caKey;
    private final Revocations revocations;
    private Map<BigInteger, Revocation> cachedFor;
    private Instant cachedAt;
    private byte[] cached;
    private BigInteger lastNumber = BigInteger.ZERO;

    CrlIssuer(X509Certificate caCert, PrivateKey caKey, Revocations revocations) {
        this.caCert = caCert;
        this.caKey = caKey;
        this.revocations = revocations;
    }

    /** The current CRL, DER-encoded. */
    public synchronized byte[] currentCrl() {
        Map<BigInteger, Revocation> now = revocations.snapshot();
        Instant t = Instant.now();
        if (cached == null || !now.equals(cachedFor) || cachedAt.plus(REFRESH).isBefore(t)) {
            cached = generate(t.truncatedTo(ChronoUnit.SECONDS), now.values());
            cachedFor = now;
            cachedAt = t;
        }
        return cached.clone();
    }

    private byte[] generate(Instant now, Collection<Revocation> entries) {
        try {
            X509v2CRLBuilder b = new X509v2CRLBuilder(
                    X500Name.getInstance(caCert.getSubjectX500Principal().getEncoded()), Date.from(now));
            b.setNextUpdate(Date.from(now.plus(VALIDITY)));
            for (Revocation r : entries.stream()
                    .sorted(Comparator.comparing(Revocation::revokedAt).thenComparing(Revocation::serial))
                    .toList()) {
                b.addCRLEntry(r.serial(), Date.from(r.revokedAt()), r.reason());
            }
            // monotonic across restarts: never below the current time in milliseconds
            lastNumber = lastNumber.add(BigInteger.ONE).max(BigInteger.valueOf(System.currentTimeMillis()));
            b.addExtension(Extension.cRLNumber, false, new CRLNumber(lastNumber));
            b.addExtension(
                    Extension.authorityKeyIdentifier,
                    false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(caCert));
            return b.build(new JcaContentSignerBuilder("SHA256withRSA").build(caKey))
                    .getEncoded();
        } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("cannot issue the CRL", e);
        }
    }
}

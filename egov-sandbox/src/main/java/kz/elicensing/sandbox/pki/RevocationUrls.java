package kz.elicensing.sandbox.pki;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;

/**
 * Where the sandbox CA publishes revocation data ({@code <base>/ocsp}, {@code <base>/crl/sandbox-ca.crl},
 * {@code <base>/ca/sandbox-ca.cer}); writes them into certificates (AIA, CRLDP) and reads them back.
 */
public record RevocationUrls(String baseUrl) {

    /** Path of the OCSP responder (POST, or GET with the base64 request appended after a slash). */
    public static final String OCSP_PATH = "/ocsp";
    /** Path of the CA's CRL (DER). */
    public static final String CRL_PATH = "/crl/sandbox-ca.crl";
    /** Path of the CA certificate (DER). */
    public static final String CA_CERT_PATH = "/ca/sandbox-ca.cer";

    public RevocationUrls {
        Objects.requireNonNull(baseUrl, "baseUrl");
        baseUrl = baseUrl.trim();
        while (baseUrl.endsWith("/")) {
            baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
        }
        if (!baseUrl.startsWith("http://") && !baseUrl.startsWith("https://")) {
            throw new IllegalArgumentException("revocation base URL must be http(s)://host:port, not " + baseUrl);
        }
    }

    /** e.g. http://127.0.0.1:18081/ocsp */
    public String ocspUrl() {
        return baseUrl + OCSP_PATH;
    }

    /** e.g. http://127.0.0.1:18081/crl/sandbox-ca.crl */
    public String crlUrl() {
        return baseUrl + CRL_PATH;
    }

    /** e.g. http://127.0.0.1:18081/ca/sandbox-ca.cer */
    public String caIssuersUrl() {
        return baseUrl + CA_CERT_PATH;
    }

    /** Adds Authority Information Access (OCSP, caIssuers) and CRL Distribution Points to a certificate. */
    void addTo(X509v3CertificateBuilder b) throws CertIOException {
        b.addExtension(Extension.authorityInfoAccess, false, new AuthorityInformationAccess(new AccessDescription[] {
            new AccessDescription(AccessDescription.id_ad_ocsp, uri(ocspUrl())),
            new AccessDescription(AccessDescription.id_ad_caIssuers, uri(caIssuersUrl()))
        }));
        DistributionPoint dp =
                new DistributionPoint(new DistributionPointName(new GeneralNames(uri(crlUrl()))), null, null);
        b.addExtension(Extension.cRLDistributionPoints, false, new CRLDistPoint(new DistributionPoint[] {dp}));
    }

    private static GeneralName uri(String url) {
        return new GeneralName(GeneralName.uniformResourceIdentifier, url);
    }

    /** The first OCSP URL in the certificate's Authority Information Access, if any. */
    public static Optional<String> ocspUrlOf(X509Certificate cert) {
        return accessLocation(cert, AccessDescription.id_ad_ocsp);
    }

    /** The first caIssuers URL in the certificate's Authority Information Access, if any. */
    public static Optional<String> caIssuersUrlOf(X509Certificate cert) {
        return accessLocation(cert, AccessDescription.id_ad_caIssuers);
    }

    private static Optional<String> accessLocation(X509Certificate cert, ASN1ObjectIdentifier method) {
        byte[] value = cert.getExtensionValue(Extension.authorityInfoAccess.getId());
        if (value == null) {
            return Optional.empty();
        }
        try {
            AuthorityInformationAccess aia =
                    AuthorityInformationAccess.getInstance(JcaX509ExtensionUtils.parseExtensionValue(value));
            for (AccessDescription d : aia.getAccessDescriptions()) {
                if (method.equals(d.getAccessMethod())
                        && d.getAccessLocation().getTagNo() == GeneralName.uniformResourceIdentifier) {
                    return Optional.of(d.getAccessLocation().getName().toString());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The first URI of the certificate's CRL Distribution Points, if any. */
    public static Optional<String> crlUrlOf(X509Certificate cert) {
        byte[] value = cert.getExtensionValue(Extension.cRLDistributionPoints.getId());
        if (value == null) {
            return Optional.empty();
        }
        try {
            CRLDistPoint points = CRLDistPoint.getInstance(JcaX509ExtensionUtils.parseExtensionValue(value));
            for (DistributionPoint p : points.getDistributionPoints()) {
                DistributionPointName name = p.getDistributionPoint();
                if (name != null && name.getType() == DistributionPointName.FULL_NAME) {
                    for (GeneralName g :
                            GeneralNames.getInstance(name.getName()).getNames()) {
                        if (g.getTagNo() == GeneralName.uniformResourceIdentifier) {
                            return Optional.of(g.getName().toString());
                        }
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** True if the certificate names exactly this OCSP responder and CRL. */
    public boolean namedIn(X509Certificate cert) {
        return ocspUrl().equals(ocspUrlOf(cert).orElse(null))
                && crlUrl().equals(crlUrlOf(cert).orElse(null));
    }
}

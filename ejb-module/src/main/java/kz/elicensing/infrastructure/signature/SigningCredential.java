package kz.elicensing.infrastructure.signature;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;

/** A private key with its certificate, loaded from a PKCS#12 keystore. */
public record SigningCredential(PrivateKey key, X509Certificate certificate) {

    /** The XML-DSig signature algorithm for this key: RSA-SHA256 or ECDSA-SHA256. */
    public String signatureAlgorithm() {
        return "EC".equals(key.getAlgorithm())
                ? "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256"
                : "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";
    }
}

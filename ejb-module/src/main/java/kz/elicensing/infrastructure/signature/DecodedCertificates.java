package kz.elicensing.infrastructure.signature;

import java.security.cert.X509Certificate;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.keys.content.x509.XMLX509Certificate;

/** Decoded KeyInfo certificates by their base64 text: the same signer's certificate is decoded once, not per document. */
final class DecodedCertificates {
    private static final int MAX_ENTRIES = 10_000;
    private static final ConcurrentHashMap<String, X509Certificate> DECODED = new ConcurrentHashMap<>();

    private DecodedCertificates() {}

    /** The certificate of a ds:X509Certificate element (decoded by Santuario on first sight). */
    static X509Certificate of(XMLX509Certificate element) throws XMLSecurityException {
        String text = element.getElement().getTextContent();
        X509Certificate known = DECODED.get(text);
        if (known != null) {
            return known;
        }
        X509Certificate decoded = element.getX509Certificate();
        if (DECODED.size() >= MAX_ENTRIES) {
            DECODED.clear();
        }
        DECODED.put(text, decoded);
        return decoded;
    }

    /** Forgets every decoded certificate (the benchmark's cold pipeline measure). */
    static void forget() {
        DECODED.clear();
    }
}

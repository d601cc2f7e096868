package kz.elicensing.infrastructure.signature;

/**
 * How certificates of one trusted CA are checked for revocation, from an optional {@code <ca-file>.properties} beside
 * the CA certificate: {@code revocation=check|none}, {@code ocsp.url=...}, {@code crl.url=...} (overrides of the
 * certificate's own AIA / CRL distribution point), {@code ocsp.nonce=required|optional} (an OCSP answer that does not
 * echo our nonce is no answer, unless optional; default required).
 */
public record RevocationPolicy(boolean check, String ocspUrl, String crlUrl, boolean nonceRequired) {

    /** The default: check, with the URLs the certificate names, nonce required. */
    public static final RevocationPolicy DEFAULT = new RevocationPolicy(true, null, null, true);
}

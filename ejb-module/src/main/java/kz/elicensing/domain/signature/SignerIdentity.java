package kz.elicensing.domain.signature;

import java.time.Instant;

/**
 * Who signed a document, as read from the signer's NCA-style certificate (IIN from SERIALNUMBER, BIN from OU): a person
 * (an IIN, and a BIN when they sign for an organisation), or an organisation's seal (a BIN and no IIN).
 */
public record SignerIdentity(
        String iin,
        String bin,
        String commonName,
        String subject,
        String issuer,
        String serialNumber,
        Instant notBefore,
        Instant notAfter) {

    /** True when the certificate carries a BIN (an organisation's certificate). */
    public boolean hasBin() {
        return bin != null && !bin.isEmpty();
    }

    /** True for a legal entity's seal certificate (OU=BIN, no SERIALNUMBER=IIN): an organisation signed, no person. */
    public boolean isSeal() {
        return iin == null && hasBin();
    }
}

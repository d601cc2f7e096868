package kz.elicensing.domain.licence;

import java.util.Objects;

/**
 * A registry act signed by the licensor's authorized person (issue 15): the signed XML exactly as signed, and the
 * signer as the licensor's catalog names them (IIN, full name, position ru/kk) with the certificate's serial.
 */
public record SignedAct(
        byte[] document,
        String signerIin,
        String signerName,
        String signerPositionRu,
        String signerPositionKz,
        String certificateSerial) {

    public SignedAct {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(signerIin, "signerIin");
        document = document.clone();
    }

    @Override
    public byte[] document() {
        return document.clone();
    }
}

package kz.elicensing.application.decision;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;

/**
 * What the officer's page gets to have signed: the token to send the signature to, the application, the kind, the
 * licensor's BIN (NCALayer's signerParams: the person picks a key of that organisation), the unsigned XML, and until
 * when it may be signed.
 */
public record PreparedResult(
        String token, String number, String kind, String licensorBin, String documentXml, String expiresAt)
        implements Serializable {

    /** The view of {@code pending}, to be signed with a key of {@code licensorBin}. */
    public static PreparedResult of(PendingResult pending, String licensorBin) {
        return new PreparedResult(
                pending.token(),
                pending.subject(),
                pending.kind().name(),
                licensorBin,
                new String(pending.document(), StandardCharsets.UTF_8),
                pending.expiresAt().toString());
    }
}

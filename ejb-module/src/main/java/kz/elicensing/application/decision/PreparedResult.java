package kz.elicensing.application.decision;

import java.nio.charset.StandardCharsets;

/** What the officer's page gets to have signed: the token to send the signature to, the kind, the unsigned XML. */
public record PreparedResult(String token, String number, String kind, String documentXml, String expiresAt) {

    static PreparedResult of(PendingResult pending) {
        return new PreparedResult(
                pending.token(),
                pending.subject(),
                pending.kind().name(),
                new String(pending.document(), StandardCharsets.UTF_8),
                pending.expiresAt().toString());
    }
}

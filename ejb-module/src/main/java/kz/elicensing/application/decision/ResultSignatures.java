package kz.elicensing.application.decision;

import java.time.Instant;

/**
 * Port: checks a result signed in the browser against the prepared one: the signature and its certificate (chain,
 * revocation, key usage), the licensor's BIN, the signer among its authorized persons, the content unchanged. Refuses
 * with a RESULT_* code.
 */
public interface ResultSignatures {

    SignedResult verify(byte[] signed, PendingResult prepared, String licensorBin, Instant at);
}

package kz.elicensing.application.intake;

import java.time.Instant;

/** Verifies any signed document and reports every step, passed or failed (ELICENSE_VerifyDocument). */
public interface SignatureReports {

    /** The validation report (urn:kz:elicensing:v1 ValidationReport) of {@code signedDocument} at {@code at}. */
    String report(byte[] signedDocument, Instant at);
}

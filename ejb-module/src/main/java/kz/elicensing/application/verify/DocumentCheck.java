package kz.elicensing.application.verify;

import java.time.Instant;

/** Port: the signature verification pipeline run on a stored signed document, summarised (never throws a refusal). */
public interface DocumentCheck {

    /** The summary of checking {@code signedDocument}'s signature at {@code at}. */
    SignatureSummary check(byte[] signedDocument, Instant at);
}

package kz.elicensing.domain.application;

import java.time.Instant;

/**
 * Port: parses a signed application with a hardened parser, verifies its signature and the signer's certificate
 * at {@code signingTime}, and reads the form. Any failure is an {@code ElicensingException} with its code.
 */
public interface SignedApplicationReader {

    SignedApplication read(byte[] document, Instant signingTime);
}

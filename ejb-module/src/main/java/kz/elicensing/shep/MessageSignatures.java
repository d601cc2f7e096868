package kz.elicensing.shep;

import java.time.Instant;
import kz.elicensing.domain.signature.SystemCertificate;

/** The message-level signature of ShEP envelopes (WS-Security over the Body, contracts.md §1): checks what comes in, signs what goes out. */
public interface MessageSignatures {

    /** Verifies an inbound envelope's signature and its certificate at {@code at}; refuses with MESSAGE_SIGNATURE_INVALID. */
    SystemCertificate verify(byte[] envelope, Instant at);

    /** The envelope signed with E-licensing's system key; anything that is not a SOAP envelope comes back as it is. */
    byte[] sign(byte[] envelope);
}

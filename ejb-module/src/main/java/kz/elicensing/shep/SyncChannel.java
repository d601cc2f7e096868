package kz.elicensing.shep;

import java.time.Instant;
import kz.bee.bip.syncchannel.v10.interfaces.SendMessageSendMessageFaultMsg;
import kz.bee.bip.syncchannel.v10.types.request.SyncSendMessageRequest;
import kz.bee.bip.syncchannel.v10.types.response.SyncSendMessageResponse;

/**
 * The ShEP SyncChannel as the web tier sees it: the evidence filter asks {@link #refusedBeforeReading} before it reads
 * a body, the SOAP endpoint calls {@link #receive} once per message, the filter calls {@link #answered} once per
 * message; everything between is the adapter's.
 */
public interface SyncChannel {

    /**
     * Admits, claims and answers one message; {@code envelope} is the whole SOAP message as received (null: the
     * filter did not run, and the message is refused). A refusal is the typed fault of contracts.md §2.
     */
    SyncSendMessageResponse receive(SyncSendMessageRequest request, byte[] envelope)
            throws SendMessageSendMessageFaultMsg;

    /** The most bytes of a request body the filter reads; a longer body is {@link #tooLarge}. */
    int maxEnvelopeBytes();

    /**
     * A signed fault to send instead of reading the body (RATE_LIMITED: the address is over its limit of refused
     * unauthenticated messages; MESSAGE_TOO_LARGE: the declared length is over {@link #maxEnvelopeBytes()}), or null
     * to read it. A refusal here keeps a bounded record, never a body.
     */
    byte[] refusedBeforeReading(Instant receivedAt, String remoteAddress, long declaredLength);

    /** The signed MESSAGE_TOO_LARGE fault for a body that went over the limit while read (a bounded record is kept). */
    byte[] tooLarge(Instant receivedAt, String remoteAddress, byte[] readSoFar);

    /**
     * The answer as it goes on the wire, signed with E-licensing's system key (WS-Security, contracts.md §1), after it
     * is kept: with the request in full in the evidence log when the sender was authenticated; as a bounded record
     * (size, hash, code, address, time) of a refused message when it was not.
     */
    byte[] answered(Instant receivedAt, String remoteAddress, byte[] request, byte[] answer, boolean fault);
}

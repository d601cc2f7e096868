package kz.elicensing.shep;

import java.time.Instant;
import kz.bee.bip.syncchannel.v10.interfaces.SendMessageSendMessageFaultMsg;
import kz.bee.bip.syncchannel.v10.types.request.SyncSendMessageRequest;
import kz.bee.bip.syncchannel.v10.types.response.SyncSendMessageResponse;

/**
 * The ShEP SyncChannel as the web tier sees it: the SOAP endpoint calls {@link #receive} once per message, the
 * evidence filter calls {@link #answered} once per message; everything between is the adapter's.
 */
public interface SyncChannel {

    /**
     * Admits, claims and answers one message; {@code envelope} is the whole SOAP message as received (null: the
     * filter did not run, and the message is refused). A refusal is the typed fault of contracts.md §2.
     */
    SyncSendMessageResponse receive(SyncSendMessageRequest request, byte[] envelope)
            throws SendMessageSendMessageFaultMsg;

    /**
     * The answer as it goes on the wire, signed with E-licensing's system key (WS-Security, contracts.md §1), after it
     * (and the request, if the message was refused) is kept in the evidence log.
     */
    byte[] answered(Instant receivedAt, byte[] request, byte[] answer, boolean fault);
}

package kz.elicensing.interfaces.soap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.xml.ws.WebServiceContext;
import jakarta.xml.ws.handler.MessageContext;
import java.time.Instant;
import kz.bee.bip.syncchannel.v10.types.request.SyncMessageInfo;
import kz.bee.bip.syncchannel.v10.types.request.SyncSendMessageRequest;

/** One SyncChannel exchange, shared as a request attribute by the evidence filter (bytes) and the endpoint (ids, outcome). */
final class SoapExchange {
    static final String ATTRIBUTE = SoapExchange.class.getName();

    private final Instant receivedAt;
    private final byte[] requestBytes;
    private String senderId;
    private String messageId;
    private String serviceId;
    private String applicationNumber;
    private boolean requestKept;

    SoapExchange(Instant receivedAt, byte[] requestBytes) {
        this.receivedAt = receivedAt;
        this.requestBytes = requestBytes;
    }

    /** The exchange the filter opened for this call; without the filter, one without bytes (the message is then refused). */
    static SoapExchange of(WebServiceContext context) {
        Object request = context == null ? null : context.getMessageContext().get(MessageContext.SERVLET_REQUEST);
        Object exchange = request instanceof HttpServletRequest http ? http.getAttribute(ATTRIBUTE) : null;
        return exchange instanceof SoapExchange e ? e : new SoapExchange(Instant.now(), null);
    }

    /** Notes what the request names (whatever of it is there), for the record of a refusal. */
    SoapExchange about(SyncSendMessageRequest request) {
        SyncMessageInfo info = request == null ? null : request.getRequestInfo();
        if (info != null) {
            messageId = info.getMessageId();
            serviceId = info.getServiceId();
            senderId = info.getSender() == null ? null : info.getSender().getSenderId();
        }
        return this;
    }

    /** The message was handled and its request is in the evidence log already; the answer concerns this application. */
    void handled(String number) {
        requestKept = true;
        applicationNumber = number;
    }

    Instant receivedAt() { return receivedAt; }
    byte[] requestBytes() { return requestBytes; }
    String senderId() { return senderId; }
    String messageId() { return messageId; }
    String serviceId() { return serviceId; }
    String applicationNumber() { return applicationNumber; }
    boolean requestKept() { return requestKept; }
}

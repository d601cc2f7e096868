package kz.elicensing.shep;

import jakarta.enterprise.context.RequestScoped;
import kz.bee.bip.syncchannel.v10.types.request.SyncMessageInfo;
import kz.bee.bip.syncchannel.v10.types.request.SyncSendMessageRequest;

/**
 * What the adapter learnt of the message in this HTTP exchange (its ids, whether its sender was authenticated, the
 * refusal's code, the application, whether it was kept), for its answer's record.
 */
@RequestScoped
public class ExchangeNotes {
    private String senderId;
    private String messageId;
    private String serviceId;
    private String applicationNumber;
    private boolean requestKept;
    private boolean authenticated;
    private String refusalCode;

    /** Notes what the request names (whatever of it is there), for the record of a refusal. */
    void about(SyncSendMessageRequest request) {
        SyncMessageInfo info = request == null ? null : request.getRequestInfo();
        if (info != null) {
            messageId = info.getMessageId();
            serviceId = info.getServiceId();
            senderId = info.getSender() == null ? null : info.getSender().getSenderId();
        }
    }

    /** The message was handled and its request is in the evidence log already; the answer concerns this application. */
    void handled(String number) {
        requestKept = true;
        applicationNumber = number;
    }

    /** The sender's password and the message's signature by its registered certificate checked out. */
    void authenticated() {
        authenticated = true;
    }

    /** The message was refused with this code. */
    void refused(String code) {
        refusalCode = code;
    }

    boolean isAuthenticated() {
        return authenticated;
    }

    String refusalCode() {
        return refusalCode;
    }

    String senderId() {
        return senderId;
    }

    String messageId() {
        return messageId;
    }

    String serviceId() {
        return serviceId;
    }

    String applicationNumber() {
        return applicationNumber;
    }

    boolean requestKept() {
        return requestKept;
    }
}

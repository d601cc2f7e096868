package kz.elicensing.shep;

import kz.elicensing.application.sender.SenderDirectory;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;

/**
 * Admits a message before any work, in steps the receiver orders (docs/shep-profile.md): the sender and its password,
 * then (after the signature) an id, a payload and a known serviceId, then (under the ledger's claim) the sender's
 * right to the serviceId.
 */
final class MessageAdmission {
    /** As long as the {@code message_id} columns. */
    static final int MESSAGE_ID_MAX = 100;

    private final SenderDirectory senders;

    MessageAdmission(SenderDirectory senders) {
        this.senders = senders;
    }

    /** A known sender with its password, else SENDER_UNKNOWN. */
    void authenticate(InboundMessage message) {
        if (!senders.authenticate(message.senderId(), message.password())) {
            throw new ElicensingException(
                    ErrorCode.SENDER_UNKNOWN, "unknown sender or wrong password: " + message.senderId());
        }
    }

    /** A messageId the ledger can key, a payload, a serviceId E-licensing offers. */
    void checkMessage(InboundMessage message) {
        if (message.messageId() == null
                || message.messageId().isBlank()
                || message.messageId().length() > MESSAGE_ID_MAX) {
            throw new ElicensingException(
                    ErrorCode.SCHEMA_VIOLATION, "messageId is empty or longer than " + MESSAGE_ID_MAX);
        }
        if (!ServiceId.known(message.serviceId())) {
            throw new ElicensingException(
                    ErrorCode.UNKNOWN_SERVICE, "unknown serviceId " + message.serviceId(), message.serviceId());
        }
        if (message.payload() == null || message.payload().isBlank()) {
            throw new ElicensingException(ErrorCode.SCHEMA_VIOLATION, "requestData/data is empty");
        }
    }

    /** The sender's right to the serviceId, else SENDER_NOT_ALLOWED. */
    void checkRight(InboundMessage message) {
        if (!senders.mayCall(message.senderId(), message.serviceId())) {
            throw new ElicensingException(
                    ErrorCode.SENDER_NOT_ALLOWED,
                    message.senderId() + " may not call " + message.serviceId(),
                    message.serviceId());
        }
    }
}

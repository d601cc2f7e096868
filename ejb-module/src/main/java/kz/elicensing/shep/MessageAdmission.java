package kz.elicensing.shep;

import kz.elicensing.application.sender.SenderDirectory;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;

/** Admits a message before any work and before the idempotency ledger: a known sender, its right to the serviceId, an id, a payload. */
final class MessageAdmission {
    /** As long as the {@code message_id} columns. */
    static final int MESSAGE_ID_MAX = 100;

    private final SenderDirectory senders;

    MessageAdmission(SenderDirectory senders) {
        this.senders = senders;
    }

    /** Refuses the message (nothing is stored) unless it may be worked on. */
    void check(InboundMessage message) {
        if (!senders.authenticate(message.senderId(), message.password())) {
            throw new ElicensingException(
                    ErrorCode.SENDER_UNKNOWN, "unknown sender or wrong password: " + message.senderId());
        }
        if (!ServiceId.known(message.serviceId())) {
            throw new ElicensingException(
                    ErrorCode.UNKNOWN_SERVICE, "unknown serviceId " + message.serviceId(), message.serviceId());
        }
        if (!senders.mayCall(message.senderId(), message.serviceId())) {
            throw new ElicensingException(
                    ErrorCode.SENDER_NOT_ALLOWED,
                    message.senderId() + " may not call " + message.serviceId(),
                    message.serviceId());
        }
        if (message.messageId() == null
                || message.messageId().isBlank()
                || message.messageId().length() > MESSAGE_ID_MAX) {
            throw new ElicensingException(
                    ErrorCode.SCHEMA_VIOLATION, "messageId is empty or longer than " + MESSAGE_ID_MAX);
        }
        if (message.payload() == null || message.payload().isBlank()) {
            throw new ElicensingException(ErrorCode.SCHEMA_VIOLATION, "requestData/data is empty");
        }
    }
}

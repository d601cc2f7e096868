package kz.elicensing.shep;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;
import kz.bee.bip.syncchannel.v10.interfaces.SendMessageSendMessageFaultMsg;
import kz.bee.bip.syncchannel.v10.types.request.SyncMessageInfo;
import kz.bee.bip.syncchannel.v10.types.request.SyncSendMessageRequest;
import kz.bee.bip.syncchannel.v10.types.response.SyncSendMessageResponse;
import kz.elicensing.application.ops.LogSafe;
import kz.elicensing.application.ops.MessageDirection;
import kz.elicensing.application.ops.MessageMetrics;
import kz.elicensing.application.ops.MessageObservation;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;

/**
 * Unwraps a SyncChannel envelope, has the {@link MessageReceiver} answer it, maps refusals to typed faults, observes
 * each message (metrics, log context), and signs and keeps each answer: in full when the sender was authenticated,
 * as a bounded {@link RefusedMessage} when not (issue 13). Runs outside a transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SyncChannelAdapter implements SyncChannel {
    private static final Logger LOG = Logger.getLogger(SyncChannelAdapter.class.getName());

    @EJB
    MessageReceiver receiver;

    @EJB
    MessageEvidence evidence;

    @Inject
    MessageSignatures signatures;

    @Inject
    MessageMetrics metrics;

    @Inject
    ExchangeNotes notes;

    @Inject
    RateLimits limits;

    @Inject
    FrontDoorSettings frontDoor;

    @Inject
    RefusedMessages refused;

    @Override
    public SyncSendMessageResponse receive(SyncSendMessageRequest request, byte[] envelope)
            throws SendMessageSendMessageFaultMsg {
        notes.about(request);
        SyncMessageInfo info = request == null ? null : request.getRequestInfo();
        String messageId = info == null ? null : info.getMessageId();
        try (MessageObservation observation = MessageObservation.start(
                metrics,
                MessageDirection.INBOUND,
                messageId,
                info == null ? null : info.getServiceId(),
                info == null || info.getSender() == null
                        ? null
                        : info.getSender().getSenderId())) {
            try {
                OutboundMessage outbound = receiver.receive(EnvelopeMapper.toInbound(request, envelope));
                notes.handled(outbound.applicationNumber());
                return observation.succeeded(EnvelopeMapper.toResponse(request, outbound));
            } catch (ElicensingException e) {
                LOG.info(() -> "messageId=" + LogSafe.of(messageId) + " refused: " + LogSafe.of(e.getMessage()));
                observation.failed(e.code());
                notes.refused(e.code().name());
                throw FaultMapper.fault(e, request);
            } catch (EJBException e) {
                if (e.getCause() instanceof ElicensingException refusal) {
                    LOG.info(() ->
                            "messageId=" + LogSafe.of(messageId) + " refused: " + LogSafe.of(refusal.getMessage()));
                    observation.failed(refusal.code());
                    notes.refused(refusal.code().name());
                    throw FaultMapper.fault(refusal, request);
                }
                notes.refused(ErrorCode.INTERNAL_ERROR.name());
                throw internalError(messageId, e, request);
            } catch (RuntimeException e) {
                notes.refused(ErrorCode.INTERNAL_ERROR.name());
                throw internalError(messageId, e, request);
            }
        }
    }

    private static SendMessageSendMessageFaultMsg internalError(
            String messageId, RuntimeException e, SyncSendMessageRequest request) {
        LOG.log(Level.SEVERE, "messageId=" + LogSafe.of(messageId) + " failed", e);
        return FaultMapper.fault(new ElicensingException(ErrorCode.INTERNAL_ERROR, "internal error"), request);
    }

    @Override
    public int maxEnvelopeBytes() {
        return frontDoor.maxEnvelopeBytes();
    }

    @Override
    public byte[] refusedBeforeReading(Instant receivedAt, String remoteAddress, long declaredLength) {
        if (limits.addressBlocked(remoteAddress)) {
            // no record per message: the address is over its limit of recorded refusals already
            LOG.fine(() -> "address " + LogSafe.of(remoteAddress) + " is over its rate limit: refused before reading");
            return signed(
                    new ElicensingException(ErrorCode.RATE_LIMITED, "too many refused messages from " + remoteAddress));
        }
        if (declaredLength > frontDoor.maxEnvelopeBytes()) {
            keepBounded(receivedAt, remoteAddress, declaredLength, null, ErrorCode.MESSAGE_TOO_LARGE.name());
            return signed(tooLargeRefusal(declaredLength));
        }
        return null;
    }

    @Override
    public byte[] tooLarge(Instant receivedAt, String remoteAddress, byte[] readSoFar) {
        keepBounded(
                receivedAt,
                remoteAddress,
                readSoFar == null ? 0 : readSoFar.length,
                readSoFar,
                ErrorCode.MESSAGE_TOO_LARGE.name());
        return signed(tooLargeRefusal(readSoFar == null ? 0 : readSoFar.length));
    }

    private ElicensingException tooLargeRefusal(long bytes) {
        return new ElicensingException(
                ErrorCode.MESSAGE_TOO_LARGE,
                "request body of " + bytes + " bytes or more, limit " + frontDoor.maxEnvelopeBytes(),
                frontDoor.maxEnvelopeBytes());
    }

    private byte[] signed(ElicensingException refusal) {
        return signatures.sign(FaultEnvelopes.of(refusal));
    }

    @Override
    public byte[] answered(Instant receivedAt, String remoteAddress, byte[] request, byte[] answer, boolean fault) {
        byte[] signed = answer;
        try {
            signed = signatures.sign(answer);
            return signed;
        } finally {
            if (notes.isAuthenticated()) {
                keep(receivedAt, request, fault, signed);
            } else {
                keepBounded(
                        receivedAt,
                        remoteAddress,
                        request == null ? 0 : request.length,
                        request,
                        notes.refusalCode() == null ? "NOT_A_MESSAGE" : notes.refusalCode());
            }
        }
    }

    /**
     * Keeps the bounded record of a message refused before its sender was authenticated (no body) and counts the
     * refusal against the address; a failure here is logged, the answer still goes out.
     */
    private void keepBounded(Instant receivedAt, String remoteAddress, long size, byte[] body, String code) {
        limits.refusedFrom(remoteAddress);
        try {
            refused.keep(new RefusedMessage(
                    receivedAt,
                    remoteAddress,
                    size,
                    body == null ? null : sha256(body),
                    code,
                    cut(notes.senderId()),
                    cut(notes.messageId())));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "a refused message from " + remoteAddress + " could not be recorded", e);
        }
    }

    private static String cut(String s) {
        return s == null || s.length() <= MessageAdmission.MESSAGE_ID_MAX
                ? s
                : s.substring(0, MessageAdmission.MESSAGE_ID_MAX);
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Has the answer kept (and a refused request with it); a failure here is logged, the answer still goes out. */
    private void keep(Instant receivedAt, byte[] request, boolean fault, byte[] answer) {
        try {
            evidence.recordAnswer(new AnsweredMessage(
                    receivedAt,
                    notes.senderId(),
                    notes.messageId(),
                    notes.serviceId(),
                    notes.applicationNumber(),
                    notes.requestKept(),
                    notes.requestKept() ? null : request,
                    fault,
                    answer));
        } catch (RuntimeException e) {
            LOG.log(
                    Level.SEVERE,
                    "messageId=" + LogSafe.of(notes.messageId()) + ": the answer could not be kept in the evidence log",
                    e);
        }
    }
}

package kz.elicensing.shep;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
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
 * each message (metrics, log context), and signs and keeps each answer. Runs outside a transaction.
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
                throw FaultMapper.fault(e, request);
            } catch (EJBException e) {
                if (e.getCause() instanceof ElicensingException refusal) {
                    LOG.info(() ->
                            "messageId=" + LogSafe.of(messageId) + " refused: " + LogSafe.of(refusal.getMessage()));
                    observation.failed(refusal.code());
                    throw FaultMapper.fault(refusal, request);
                }
                throw internalError(messageId, e, request);
            } catch (RuntimeException e) {
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
    public byte[] answered(Instant receivedAt, byte[] request, byte[] answer, boolean fault) {
        byte[] signed = answer;
        try {
            signed = signatures.sign(answer);
            return signed;
        } finally {
            keep(receivedAt, request, fault, signed);
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

package kz.elicensing.interfaces.soap;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.jws.WebService;
import jakarta.xml.ws.WebServiceContext;
import java.util.logging.Level;
import java.util.logging.Logger;
import kz.bee.bip.syncchannel.v10.interfaces.ISyncChannel;
import kz.bee.bip.syncchannel.v10.interfaces.SendMessageSendMessageFaultMsg;
import kz.bee.bip.syncchannel.v10.types.request.SyncMessageInfo;
import kz.bee.bip.syncchannel.v10.types.request.SyncSendMessageRequest;
import kz.bee.bip.syncchannel.v10.types.response.SyncSendMessageResponse;
import kz.elicensing.shep.InboundMessage;
import kz.elicensing.application.ops.MessageDirection;
import kz.elicensing.application.ops.MessageMetrics;
import kz.elicensing.application.ops.MessageObservation;
import kz.elicensing.shep.MessageReceiver;
import kz.elicensing.shep.OutboundMessage;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;

/** The ShEP SyncChannel endpoint: unwraps the envelope (with its bytes as received), delegates, maps refusals to faults, observes each message. */
@WebService(serviceName = "ISyncChannelHttpService", portName = "SyncChannelHttpPort",
        targetNamespace = "http://bip.bee.kz/SyncChannel/v10/Interfaces",
        endpointInterface = "kz.bee.bip.syncchannel.v10.interfaces.ISyncChannel",
        wsdlLocation = "WEB-INF/wsdl/shep/v10/SyncChannel.wsdl")
public class SyncChannelEndpoint implements ISyncChannel {
    private static final Logger LOG = Logger.getLogger(SyncChannelEndpoint.class.getName());

    @EJB
    MessageReceiver receiver;
    @Resource
    WebServiceContext context;
    @Inject
    MessageMetrics metrics;

    @Override
    public SyncSendMessageResponse sendMessage(SyncSendMessageRequest request) throws SendMessageSendMessageFaultMsg {
        SyncMessageInfo info = request == null ? null : request.getRequestInfo();
        String messageId = info == null ? null : info.getMessageId();
        try (MessageObservation observation = MessageObservation.start(metrics, MessageDirection.INBOUND, messageId,
                info == null ? null : info.getServiceId(),
                info == null || info.getSender() == null ? null : info.getSender().getSenderId())) {
            try {
                return observation.succeeded(handle(request, messageId));
            } catch (SendMessageSendMessageFaultMsg fault) {
                observation.failed(FaultMapper.code(fault));
                throw fault;
            }
        }
    }

    private SyncSendMessageResponse handle(SyncSendMessageRequest request, String messageId)
            throws SendMessageSendMessageFaultMsg {
        SoapExchange exchange = SoapExchange.of(context).about(request);
        try {
            InboundMessage inbound = EnvelopeMapper.toInbound(request, exchange.requestBytes());
            OutboundMessage outbound = receiver.receive(inbound);
            exchange.handled(outbound.applicationNumber());
            return EnvelopeMapper.toResponse(request, outbound);
        } catch (ElicensingException e) {
            LOG.info(() -> "messageId=" + messageId + " refused: " + e.getMessage());
            throw FaultMapper.fault(e, request);
        } catch (EJBException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ElicensingException refusal) {
                throw FaultMapper.fault(refusal, request);
            }
            LOG.log(Level.SEVERE, "messageId=" + messageId + " failed", e);
            throw FaultMapper.fault(new ElicensingException(ErrorCode.INTERNAL_ERROR, "internal error"), request);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "messageId=" + messageId + " failed", e);
            throw FaultMapper.fault(new ElicensingException(ErrorCode.INTERNAL_ERROR, "internal error"), request);
        }
    }
}

package kz.elicensing.infrastructure.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.WebServiceException;
import java.time.Instant;
import java.util.Map;
import kz.bee.bip.common.v10.types.SenderInfo;
import kz.bee.bip.syncchannel.v10.interfaces.ISyncChannel;
import kz.bee.bip.syncchannel.v10.interfaces.ISyncChannelHttpService;
import kz.bee.bip.syncchannel.v10.interfaces.SendMessageSendMessageFaultMsg;
import kz.bee.bip.syncchannel.v10.types.request.RequestData;
import kz.bee.bip.syncchannel.v10.types.request.SyncMessageInfo;
import kz.bee.bip.syncchannel.v10.types.request.SyncSendMessageRequest;
import kz.bee.bip.syncchannel.v10.types.response.SyncSendMessageResponse;
import kz.elicensing.application.MessageDirection;
import kz.elicensing.application.MessageMetrics;
import kz.elicensing.application.MessageObservation;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.infrastructure.config.ElicensingConfig;
import kz.elicensing.infrastructure.xml.XmlDates;

/** Sends one ShEP SyncChannel message to the configured gateway and returns the answer's payload text. */
@ApplicationScoped
public class ShepClient {
    private static final String CONNECT_TIMEOUT = "jakarta.xml.ws.client.connectionTimeout";
    private static final String RECEIVE_TIMEOUT = "jakarta.xml.ws.client.receiveTimeout";

    @Inject
    ElicensingConfig config;
    @Inject
    MessageMetrics metrics;

    private volatile ISyncChannel port;

    /** Sends {@code payloadXml} to {@code serviceId}; any transport or gateway failure is UPSTREAM_UNAVAILABLE. Observed per call. */
    public String send(String serviceId, String messageId, String payloadXml) {
        try (MessageObservation observation = MessageObservation.start(metrics, MessageDirection.OUTBOUND, messageId,
                serviceId, config.gatewaySenderId())) {
            try {
                return observation.succeeded(call(serviceId, messageId, payloadXml));
            } catch (ElicensingException e) {
                observation.failed(e.code());
                throw e;
            }
        }
    }

    private String call(String serviceId, String messageId, String payloadXml) {
        SyncSendMessageRequest request = new SyncSendMessageRequest();
        SyncMessageInfo info = new SyncMessageInfo();
        info.setMessageId(messageId);
        info.setServiceId(serviceId);
        info.setMessageDate(XmlDates.dateTime(Instant.now()));
        SenderInfo sender = new SenderInfo();
        sender.setSenderId(config.gatewaySenderId());
        sender.setPassword(config.gatewayPassword());
        info.setSender(sender);
        request.setRequestInfo(info);
        RequestData data = new RequestData();
        data.setData(payloadXml);
        request.setRequestData(data);
        try {
            SyncSendMessageResponse response = port().sendMessage(request);
            String code = response.getResponseInfo().getStatus().getCode();
            if (!"SUCCESS".equals(code)) {
                throw new ElicensingException(ErrorCode.UPSTREAM_UNAVAILABLE, serviceId + " answered " + code);
            }
            Object answer = response.getResponseData() == null ? null : response.getResponseData().getData();
            if (!(answer instanceof String text)) {
                throw new ElicensingException(ErrorCode.UPSTREAM_UNAVAILABLE, serviceId + " answered no payload text");
            }
            return text;
        } catch (SendMessageSendMessageFaultMsg e) {
            throw new ElicensingException(ErrorCode.UPSTREAM_UNAVAILABLE, serviceId + " fault "
                    + (e.getFaultInfo() == null ? e.getMessage() : e.getFaultInfo().getErrorCode()), e);
        } catch (WebServiceException e) {
            throw new ElicensingException(ErrorCode.UPSTREAM_UNAVAILABLE, serviceId + " unreachable: " + e.getMessage(), e);
        }
    }

    /** One client proxy, configured once and shared: building a port reads the WSDL again, which costs more than the call. */
    private ISyncChannel port() {
        ISyncChannel p = port;
        if (p == null) {
            synchronized (this) {
                if (port == null) {
                    port = newPort();
                }
                p = port;
            }
        }
        return p;
    }

    private ISyncChannel newPort() {
        ISyncChannel port = new ISyncChannelHttpService().getSyncChannelHttpPort();
        Map<String, Object> context = ((BindingProvider) port).getRequestContext();
        context.put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, config.gatewayUrl());
        int timeout = (int) config.gatewayTimeout().toMillis();
        context.put(CONNECT_TIMEOUT, timeout);
        context.put(RECEIVE_TIMEOUT, timeout);
        context.put("com.sun.xml.ws.connect.timeout", timeout);
        context.put("com.sun.xml.ws.request.timeout", timeout);
        return port;
    }
}

package kz.elicensing.interfaces.soap;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.jws.HandlerChain;
import jakarta.jws.WebService;
import jakarta.xml.ws.WebServiceContext;
import kz.bee.bip.syncchannel.v10.interfaces.ISyncChannel;
import kz.bee.bip.syncchannel.v10.interfaces.SendMessageSendMessageFaultMsg;
import kz.bee.bip.syncchannel.v10.types.request.SyncSendMessageRequest;
import kz.bee.bip.syncchannel.v10.types.response.SyncSendMessageResponse;
import kz.elicensing.shep.SyncChannel;

/**
 * The ShEP SyncChannel endpoint: hands each message, with its bytes as received, to the ShEP adapter once. Its handler
 * chain ({@link WsSecurityHeaderHandler}) understands the {@code wsse:Security} header.
 */
@HandlerChain(file = "ws-security-handlers.xml")
@WebService(
        serviceName = "ISyncChannelHttpService",
        portName = "SyncChannelHttpPort",
        targetNamespace = "http://bip.bee.kz/SyncChannel/v10/Interfaces",
        endpointInterface = "kz.bee.bip.syncchannel.v10.interfaces.ISyncChannel",
        wsdlLocation = "WEB-INF/wsdl/shep/v10/SyncChannel.wsdl")
public class SyncChannelEndpoint implements ISyncChannel {

    @EJB
    SyncChannel channel;

    @Resource
    WebServiceContext context;

    @Override
    public SyncSendMessageResponse sendMessage(SyncSendMessageRequest request) throws SendMessageSendMessageFaultMsg {
        return channel.receive(request, SoapEvidenceFilter.requestBytes(context));
    }
}

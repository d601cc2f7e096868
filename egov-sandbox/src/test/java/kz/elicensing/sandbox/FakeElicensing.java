package kz.elicensing.sandbox;

import jakarta.jws.WebService;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import kz.bee.bip.common.v10.types.StatusInfo;
import kz.bee.bip.syncchannel.v10.interfaces.ISyncChannel;
import kz.bee.bip.syncchannel.v10.types.request.SyncSendMessageRequest;
import kz.bee.bip.syncchannel.v10.types.response.ResponseData;
import kz.bee.bip.syncchannel.v10.types.response.SyncMessageInfoResponse;
import kz.bee.bip.syncchannel.v10.types.response.SyncSendMessageResponse;

/** Test double of E-licensing's SyncChannel: records requests and answers with a canned receipt or status. */
@WebService(
        endpointInterface = "kz.bee.bip.syncchannel.v10.interfaces.ISyncChannel",
        serviceName = "ISyncChannelHttpService",
        portName = "SyncChannelHttpPort",
        targetNamespace = "http://bip.bee.kz/SyncChannel/v10/Interfaces",
        wsdlLocation = "META-INF/wsdl/shep/v10/SyncChannel.wsdl")
public class FakeElicensing implements ISyncChannel {

    final List<SyncSendMessageRequest> received = new CopyOnWriteArrayList<>();

    @Override
    public SyncSendMessageResponse sendMessage(SyncSendMessageRequest request) {
        received.add(request);
        String service = request.getRequestInfo().getServiceId();
        String data = switch (service) {
            case "ELICENSE_SubmitApplication" ->
                "<ApplicationReceipt xmlns=\"urn:kz:elicensing:v1\">"
                        + "<applicationNumber>APP-2025-000001</applicationNumber><status>REGISTERED</status>"
                        + "<registeredAt>2025-01-01T10:00:00+05:00</registeredAt><deadline>2025-01-16</deadline>"
                        + "<messageRu>Заявление принято</messageRu><messageKz>Өтініш қабылданды</messageKz></ApplicationReceipt>";
            default ->
                "<Acknowledgement xmlns=\"urn:kz:elicensing:v1\"><accepted>true</accepted>"
                        + "<messageRu>ok</messageRu><messageKz>ok</messageKz></Acknowledgement>";
        };
        SyncSendMessageResponse resp = new SyncSendMessageResponse();
        SyncMessageInfoResponse info = new SyncMessageInfoResponse();
        info.setMessageId("fake-" + received.size());
        info.setCorrelationId(request.getRequestInfo().getMessageId());
        StatusInfo st = new StatusInfo();
        st.setCode("SUCCESS");
        st.setMessage("Заявление принято");
        info.setStatus(st);
        resp.setResponseInfo(info);
        ResponseData rd = new ResponseData();
        rd.setData(data);
        resp.setResponseData(rd);
        return resp;
    }
}

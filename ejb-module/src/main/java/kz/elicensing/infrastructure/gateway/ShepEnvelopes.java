package kz.elicensing.infrastructure.gateway;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import kz.bee.bip.common.v10.types.SenderInfo;
import kz.bee.bip.syncchannel.v10.types.SendMessage;
import kz.bee.bip.syncchannel.v10.types.SendMessageResponse;
import kz.bee.bip.syncchannel.v10.types.request.RequestData;
import kz.bee.bip.syncchannel.v10.types.request.SyncMessageInfo;
import kz.bee.bip.syncchannel.v10.types.request.SyncSendMessageRequest;
import kz.bee.bip.syncchannel.v10.types.response.SyncSendMessageResponse;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.infrastructure.signature.SecureXml;
import kz.elicensing.infrastructure.xml.Jaxb;
import kz.elicensing.infrastructure.xml.XmlDates;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Writes the SOAP 1.1 SendMessage envelope E-licensing sends to ShEP, and reads the gateway's answer or fault. */
final class ShepEnvelopes {
    static final String SOAP_NS = "http://schemas.xmlsoap.org/soap/envelope/";

    private ShepEnvelopes() {}

    /** The request envelope as the bytes that go on the wire; the payload travels as escaped text. */
    static byte[] request(
            String serviceId, String messageId, Instant at, String senderId, String password, String payloadXml) {
        SyncMessageInfo info = new SyncMessageInfo();
        info.setMessageId(messageId);
        info.setServiceId(serviceId);
        info.setMessageDate(XmlDates.dateTime(at));
        SenderInfo sender = new SenderInfo();
        sender.setSenderId(senderId);
        sender.setPassword(password);
        info.setSender(sender);
        SyncSendMessageRequest request = new SyncSendMessageRequest();
        request.setRequestInfo(info);
        RequestData data = new RequestData();
        data.setData(payloadXml);
        request.setRequestData(data);
        SendMessage wrapper = new SendMessage();
        wrapper.setRequest(request);
        String envelope = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><soap:Envelope xmlns:soap=\"" + SOAP_NS
                + "\"><soap:Body>" + Jaxb.toXml(wrapper) + "</soap:Body></soap:Envelope>";
        return envelope.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The payload text of a SUCCESS answer to the message {@code messageId}; a fault, another status, an answer whose
     * correlationId is not {@code messageId}, or anything unreadable is UPSTREAM_UNAVAILABLE.
     */
    static String answer(String serviceId, String messageId, byte[] envelope) {
        Element body;
        try {
            body = body(SecureXml.parse(envelope).getDocumentElement());
        } catch (ElicensingException e) {
            throw new ElicensingException(
                    ErrorCode.UPSTREAM_UNAVAILABLE, serviceId + " answered no SOAP envelope: " + e.getMessage(), e);
        }
        Element content = firstElement(body);
        if (content == null) {
            throw new ElicensingException(ErrorCode.UPSTREAM_UNAVAILABLE, serviceId + " answered an empty SOAP body");
        }
        if (SOAP_NS.equals(content.getNamespaceURI()) && "Fault".equals(content.getLocalName())) {
            throw new ElicensingException(ErrorCode.UPSTREAM_UNAVAILABLE, serviceId + " fault " + faultCode(content));
        }
        SyncSendMessageResponse response =
                Jaxb.unmarshal(content, SendMessageResponse.class).getResponse();
        String code = response == null
                        || response.getResponseInfo() == null
                        || response.getResponseInfo().getStatus() == null
                ? null
                : response.getResponseInfo().getStatus().getCode();
        if (!"SUCCESS".equals(code)) {
            throw new ElicensingException(ErrorCode.UPSTREAM_UNAVAILABLE, serviceId + " answered " + code);
        }
        AnswerCheck.correlated(serviceId, messageId, response.getResponseInfo().getCorrelationId());
        Object data = response.getResponseData() == null
                ? null
                : response.getResponseData().getData();
        if (!(data instanceof String text)) {
            throw new ElicensingException(ErrorCode.UPSTREAM_UNAVAILABLE, serviceId + " answered no payload text");
        }
        return text;
    }

    private static Element body(Element envelope) {
        if (!SOAP_NS.equals(envelope.getNamespaceURI()) || !"Envelope".equals(envelope.getLocalName())) {
            throw new ElicensingException(ErrorCode.MALFORMED_XML, "not a SOAP 1.1 envelope");
        }
        for (Element e = firstElement(envelope); e != null; e = nextElement(e)) {
            if (SOAP_NS.equals(e.getNamespaceURI()) && "Body".equals(e.getLocalName())) {
                return e;
            }
        }
        throw new ElicensingException(ErrorCode.MALFORMED_XML, "SOAP envelope without Body");
    }

    /** The ShEP errorCode in the fault's detail, else its faultstring. */
    private static String faultCode(Element fault) {
        String code = text(fault, "errorCode");
        return code != null ? code : text(fault, "faultstring");
    }

    private static String text(Element root, String localName) {
        org.w3c.dom.NodeList nodes = root.getElementsByTagNameNS("*", localName);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }

    private static Element firstElement(Node parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                return (Element) n;
            }
        }
        return null;
    }

    private static Element nextElement(Node node) {
        for (Node n = node.getNextSibling(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                return (Element) n;
            }
        }
        return null;
    }
}

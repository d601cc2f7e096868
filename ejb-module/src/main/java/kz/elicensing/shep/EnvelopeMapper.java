package kz.elicensing.shep;

import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.GregorianCalendar;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import kz.bee.bip.common.v10.types.Property;
import kz.bee.bip.common.v10.types.StatusInfo;
import kz.bee.bip.syncchannel.v10.types.request.SyncMessageInfo;
import kz.bee.bip.syncchannel.v10.types.request.SyncSendMessageRequest;
import kz.bee.bip.syncchannel.v10.types.response.ResponseData;
import kz.bee.bip.syncchannel.v10.types.response.SyncMessageInfoResponse;
import kz.bee.bip.syncchannel.v10.types.response.SyncSendMessageResponse;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Converts between the ShEP envelope (JAXB classes of the WSDL) and the application's message records. */
final class EnvelopeMapper {
    private static final int STATUS_MESSAGE_MAX = 250;

    private EnvelopeMapper() {}

    /** The application's view of a request; {@code envelope} is the whole SOAP message as received. */
    static InboundMessage toInbound(SyncSendMessageRequest request, byte[] envelope) {
        SyncMessageInfo info = request == null ? null : request.getRequestInfo();
        if (info == null || info.getSender() == null || info.getServiceId() == null || info.getMessageId() == null) {
            throw new ElicensingException(ErrorCode.SCHEMA_VIOLATION, "requestInfo is incomplete");
        }
        String lang = "ru";
        for (Property p : info.getProperties()) {
            if ("lang".equals(p.getKey()) && "kk".equals(p.getValue())) {
                lang = "kk";
            }
        }
        Object data = request.getRequestData() == null
                ? null
                : request.getRequestData().getData();
        return new InboundMessage(
                info.getSender().getSenderId(),
                info.getSender().getPassword(),
                info.getMessageId(),
                info.getServiceId(),
                lang,
                payloadText(data),
                envelope,
                info.getMessageDate() == null
                        ? null
                        : info.getMessageDate().toGregorianCalendar().toInstant());
    }

    /** The payload as text: escaped XML text as sent, or an inline element serialized. */
    private static String payloadText(Object data) {
        if (data == null) {
            return null;
        }
        if (data instanceof String text) {
            return text;
        }
        if (data instanceof Element element) {
            Element payload = firstChildElement(element);
            if (payload == null) {
                throw new ElicensingException(ErrorCode.SCHEMA_VIOLATION, "requestData/data holds no element");
            }
            return serialize(payload);
        }
        throw new ElicensingException(ErrorCode.SCHEMA_VIOLATION, "requestData/data has an unexpected type");
    }

    /** JAXB hands an inline xs:anyType value over as the {@code data} element itself; the payload is its child. */
    private static Element firstChildElement(Element data) {
        for (Node n = data.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                return (Element) n;
            }
        }
        return null;
    }

    private static String serialize(Element element) {
        try {
            TransformerFactory tf = TransformerFactory.newInstance();
            tf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer t = tf.newTransformer();
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter out = new StringWriter();
            t.transform(new DOMSource(element), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new ElicensingException(ErrorCode.MALFORMED_XML, "inline payload cannot be read", e);
        }
    }

    static SyncSendMessageResponse toResponse(SyncSendMessageRequest request, OutboundMessage outbound) {
        SyncSendMessageResponse response = new SyncSendMessageResponse();
        SyncMessageInfoResponse info = new SyncMessageInfoResponse();
        info.setMessageId(UUID.randomUUID().toString());
        info.setCorrelationId(request.getRequestInfo().getMessageId());
        info.setResponseDate(now());
        info.setSessionId(request.getRequestInfo().getSessionId());
        StatusInfo status = new StatusInfo();
        status.setCode(outbound.statusCode());
        status.setMessage(truncate(outbound.statusMessage()));
        info.setStatus(status);
        response.setResponseInfo(info);
        ResponseData data = new ResponseData();
        data.setData(outbound.payload());
        response.setResponseData(data);
        return response;
    }

    static XMLGregorianCalendar now() {
        try {
            return DatatypeFactory.newInstance()
                    .newXMLGregorianCalendar(GregorianCalendar.from(
                            OffsetDateTime.now(ZoneOffset.UTC).toZonedDateTime()));
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String truncate(String s) {
        return s == null || s.length() <= STATUS_MESSAGE_MAX ? s : s.substring(0, STATUS_MESSAGE_MAX);
    }
}

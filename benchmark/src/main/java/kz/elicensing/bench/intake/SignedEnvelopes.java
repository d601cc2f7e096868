package kz.elicensing.bench.intake;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.nio.charset.StandardCharsets;
import java.util.GregorianCalendar;
import java.util.UUID;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import kz.bee.bip.common.v10.types.Property;
import kz.bee.bip.common.v10.types.SenderInfo;
import kz.bee.bip.syncchannel.v10.types.SendMessage;
import kz.bee.bip.syncchannel.v10.types.request.RequestData;
import kz.bee.bip.syncchannel.v10.types.request.SyncMessageInfo;
import kz.bee.bip.syncchannel.v10.types.request.SyncSendMessageRequest;
import kz.elicensing.sandbox.gateway.MessageSigner;
import kz.elicensing.sandbox.pki.IssuedIdentity;
import kz.elicensing.sandbox.xml.SafeXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The SOAP 1.1 SyncChannel envelope the portal sends for one payload: messageId fresh, messageDate now, the sender's
 * password, and the WS-Security signature of the portal's system key over the Body (as PortalClient sends it).
 */
final class SignedEnvelopes {
    private static final JAXBContext JAXB;
    private static final DatatypeFactory DATATYPES;

    static {
        try {
            JAXB = JAXBContext.newInstance(SendMessage.class);
            DATATYPES = DatatypeFactory.newInstance();
        } catch (JAXBException | DatatypeConfigurationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final String senderId;
    private final String password;
    private final IssuedIdentity system;

    SignedEnvelopes(String senderId, String password, IssuedIdentity system) {
        this.senderId = senderId;
        this.password = password;
        this.system = system;
    }

    /** The signed envelope's bytes (UTF-8) for {@code payloadXml} to {@code serviceId}. */
    byte[] envelope(String serviceId, String payloadXml) {
        SyncMessageInfo info = new SyncMessageInfo();
        info.setMessageId(UUID.randomUUID().toString());
        info.setServiceId(serviceId);
        info.setMessageDate(DATATYPES.newXMLGregorianCalendar(GregorianCalendar.from(java.time.ZonedDateTime.now())));
        SenderInfo sender = new SenderInfo();
        sender.setSenderId(senderId);
        sender.setPassword(password);
        info.setSender(sender);
        Property lang = new Property();
        lang.setKey("lang");
        lang.setValue("ru");
        info.getProperties().add(lang);
        SyncSendMessageRequest request = new SyncSendMessageRequest();
        request.setRequestInfo(info);
        RequestData data = new RequestData();
        data.setData(payloadXml);
        request.setRequestData(data);
        SendMessage message = new SendMessage();
        message.setRequest(request);

        Document doc = SafeXml.newDocument();
        Element envelope = doc.createElementNS(MessageSigner.SOAP11_NS, "soap:Envelope");
        envelope.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:soap", MessageSigner.SOAP11_NS);
        doc.appendChild(envelope);
        Element body = doc.createElementNS(MessageSigner.SOAP11_NS, "soap:Body");
        envelope.appendChild(body);
        try {
            Marshaller marshaller = JAXB.createMarshaller();
            marshaller.marshal(message, body);
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot write the SendMessage request: " + e.getMessage(), e);
        }
        MessageSigner.sign(doc, system.privateKey(), system.certificate());
        return SafeXml.toXml(doc).getBytes(StandardCharsets.UTF_8);
    }
}

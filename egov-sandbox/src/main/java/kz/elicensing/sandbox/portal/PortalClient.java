package kz.elicensing.sandbox.portal;

import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import kz.bee.bip.common.v10.types.ErrorInfo;
import kz.bee.bip.common.v10.types.Property;
import kz.bee.bip.common.v10.types.SenderInfo;
import kz.bee.bip.syncchannel.v10.interfaces.ISyncChannel;
import kz.bee.bip.syncchannel.v10.interfaces.ISyncChannelHttpService;
import kz.bee.bip.syncchannel.v10.interfaces.SendMessageSendMessageFaultMsg;
import kz.bee.bip.syncchannel.v10.types.request.RequestData;
import kz.bee.bip.syncchannel.v10.types.request.SyncMessageInfo;
import kz.bee.bip.syncchannel.v10.types.request.SyncSendMessageRequest;
import kz.bee.bip.syncchannel.v10.types.response.SyncSendMessageResponse;
import kz.elicensing.sandbox.pki.IssuedIdentity;
import kz.elicensing.sandbox.xml.SafeXml;
import kz.elicensing.sandbox.xml.XmlSignatureVerifier;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A jaxws-rt client of a ShEP SyncChannel v10 receiver (E-licensing, or the sandbox gateway itself):
 * sends payloads as escaped XML text and turns SOAP faults into {@link ShepFaultException}.
 */
public final class PortalClient {

    public static final String DEFAULT_URL = "http://127.0.0.1:8080/elicensing/SyncChannel";
    public static final String PORTAL_SENDER = "PORTAL";
    public static final String PORTAL_PASSWORD = "portal-demo-pass";
    public static final String PEP_SENDER = "PEP";
    public static final String PEP_PASSWORD = "pep-demo-pass";

    public static final String SUBMIT_APPLICATION = "ELICENSE_SubmitApplication";
    public static final String GET_STATUS = "ELICENSE_GetApplicationStatus";
    public static final String GET_RESULT = "ELICENSE_GetResult";
    public static final String PAYMENT_NOTIFICATION = "ELICENSE_PaymentNotification";

    private static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);
    private static final String NS = ApplicationBuilder.NS;
    private static ISyncChannelHttpService service;
    private static final DatatypeFactory DATATYPES;

    static {
        try {
            DATATYPES = DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final String url;
    private final String senderId;
    private final String password;
    private final ISyncChannel port;
    private volatile IssuedIdentity signer;
    private volatile XmlSignatureVerifier answerTrust;

    /** A client sending as the portal (PORTAL / portal-demo-pass). */
    public PortalClient(String url) {
        this(url, PORTAL_SENDER, PORTAL_PASSWORD);
    }

    /** A client with another sender, e.g. the payment gateway (PEP / pep-demo-pass). */
    public PortalClient(String url, String senderId, String password) {
        this(url, senderId, password, DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT);
    }

    public PortalClient(String url, String senderId, String password, Duration connectTimeout, Duration readTimeout) {
        this.url = Objects.requireNonNull(url, "url");
        this.senderId = Objects.requireNonNull(senderId, "senderId");
        this.password = password;
        this.port = newPort();
        Map<String, Object> ctx = ((BindingProvider) port).getRequestContext();
        ctx.put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, url);
        int connect = (int) connectTimeout.toMillis();
        int read = (int) readTimeout.toMillis();
        ctx.put("com.sun.xml.ws.connect.timeout", connect);
        ctx.put("com.sun.xml.ws.request.timeout", read);
        ctx.put("jakarta.xml.ws.client.connectionTimeout", connect);
        ctx.put("jakarta.xml.ws.client.receiveTimeout", read);
        @SuppressWarnings("rawtypes")
        java.util.List<jakarta.xml.ws.handler.Handler> chain = new java.util.ArrayList<>();
        chain.add(new ClientMessageSecurity(() -> signer, () -> answerTrust));
        ((BindingProvider) port).getBinding().setHandlerChain(chain);
    }

    /** Signs every request with this sending system's key (WS-Security over the Body, contracts §1). */
    public PortalClient signedBy(IssuedIdentity system) {
        this.signer = system;
        return this;
    }

    /** Refuses answers whose message signature does not verify to a certificate of {@code ca}. */
    public PortalClient verifyingAnswers(java.security.cert.X509Certificate ca) {
        this.answerTrust = new XmlSignatureVerifier(ca);
        return this;
    }

    private static synchronized ISyncChannel newPort() {
        if (service == null) {
            service = new ISyncChannelHttpService();
        }
        return service.getSyncChannelHttpPort();
    }

    public String url() {
        return url;
    }

    /** Sends with a fresh messageId; lang (ru|kk) goes into the "lang" property, null omits it. */
    public SendResult send(String serviceId, String payloadXml, String lang) {
        return send(UUID.randomUUID().toString(), serviceId, payloadXml, lang);
    }

    /** Sends with the given messageId (to test idempotency and DUPLICATE_MESSAGE_ID). */
    public SendResult send(String messageId, String serviceId, String payloadXml, String lang) {
        SyncSendMessageRequest req = new SyncSendMessageRequest();
        SyncMessageInfo info = new SyncMessageInfo();
        info.setMessageId(messageId);
        info.setServiceId(serviceId);
        info.setMessageDate(
                DATATYPES.newXMLGregorianCalendar(java.util.GregorianCalendar.from(java.time.ZonedDateTime.now())));
        SenderInfo sender = new SenderInfo();
        sender.setSenderId(senderId);
        sender.setPassword(password);
        info.setSender(sender);
        if (lang != null) {
            Property p = new Property();
            p.setKey("lang");
            p.setValue(lang);
            info.getProperties().add(p);
        }
        req.setRequestInfo(info);
        RequestData data = new RequestData();
        data.setData(payloadXml);
        req.setRequestData(data);
        try {
            SyncSendMessageResponse resp = port.sendMessage(req);
            var ri = resp.getResponseInfo();
            String code = ri != null && ri.getStatus() != null ? ri.getStatus().getCode() : null;
            String msg = ri != null && ri.getStatus() != null ? ri.getStatus().getMessage() : null;
            Object d = resp.getResponseData() != null ? resp.getResponseData().getData() : null;
            return new SendResult(
                    code,
                    msg,
                    dataToXml(d),
                    ri != null ? ri.getCorrelationId() : null,
                    ri != null ? ri.getMessageId() : null);
        } catch (SendMessageSendMessageFaultMsg f) {
            ErrorInfo e = f.getFaultInfo();
            if (e == null) {
                throw new ShepFaultException("SOAP_FAULT", f.getMessage(), null, f);
            }
            throw new ShepFaultException(e.getErrorCode(), e.getErrorMessage(), e.getErrorData(), f);
        } catch (SOAPFaultException f) {
            String code = f.getFault().getFaultCodeAsQName() != null
                    ? f.getFault().getFaultCodeAsQName().getLocalPart()
                    : "SOAP_FAULT";
            throw new ShepFaultException(code, f.getFault().getFaultString(), null, f);
        }
    }

    /** The payload of responseData/data as XML text: escaped text as is, an inline element serialised. */
    static String dataToXml(Object d) {
        if (d == null) {
            return null;
        }
        if (d instanceof String s) {
            return s;
        }
        if (d instanceof Element e) {
            for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n.getNodeType() == Node.ELEMENT_NODE) {
                    return SafeXml.toXml(n);
                }
            }
            return e.getTextContent();
        }
        return String.valueOf(d);
    }

    /** ELICENSE_SubmitApplication with the signed Application text, answers in Russian. */
    public SendResult submitApplication(String signedXml) {
        return submitApplication(signedXml, "ru");
    }

    public SendResult submitApplication(String signedXml, String lang) {
        return send(SUBMIT_APPLICATION, signedXml, lang);
    }

    /** ELICENSE_GetApplicationStatus by application number. */
    public SendResult getStatus(String applicationNumber) {
        return send(GET_STATUS, simple("StatusQuery", "applicationNumber", applicationNumber), "ru");
    }

    /** ELICENSE_GetApplicationStatus: all applications of an IIN/BIN. */
    public SendResult getStatusByApplicant(String iinOrBin) {
        return send(GET_STATUS, simple("StatusQuery", "applicantId", iinOrBin), "ru");
    }

    /** ELICENSE_GetResult by application number. */
    public SendResult getResult(String applicationNumber) {
        return send(GET_RESULT, simple("ResultQuery", "applicationNumber", applicationNumber), "ru");
    }

    /** ELICENSE_PaymentNotification (send it from a client created with the PEP sender). */
    public SendResult notifyPayment(
            String reference, String payerId, BigDecimal amount, String budgetCode, OffsetDateTime paidAt) {
        Document doc = SafeXml.newDocument();
        Element root = doc.createElementNS(NS, "PaymentNotice");
        root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns", NS);
        doc.appendChild(root);
        add(root, "reference", reference);
        add(root, "payerId", payerId);
        add(root, "amount", amount.toPlainString());
        if (budgetCode != null) {
            add(root, "budgetCode", budgetCode);
        }
        add(root, "paidAt", paidAt.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        return send(PAYMENT_NOTIFICATION, SafeXml.toXml(doc), "ru");
    }

    private static String simple(String rootName, String childName, String value) {
        Document doc = SafeXml.newDocument();
        Element root = doc.createElementNS(NS, rootName);
        root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns", NS);
        doc.appendChild(root);
        add(root, childName, value);
        return SafeXml.toXml(doc);
    }

    private static void add(Element parent, String name, String value) {
        Element e = parent.getOwnerDocument().createElementNS(NS, name);
        e.setTextContent(value);
        parent.appendChild(e);
    }
}

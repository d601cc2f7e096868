package kz.elicensing.sandbox.gateway;

import com.sun.xml.ws.developer.JAXWSProperties;
import jakarta.annotation.Resource;
import jakarta.jws.WebService;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.ws.WebServiceContext;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URL;
import java.security.cert.X509Certificate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import kz.bee.bip.common.v10.types.ErrorInfo;
import kz.bee.bip.common.v10.types.Property;
import kz.bee.bip.common.v10.types.StatusInfo;
import kz.bee.bip.syncchannel.v10.interfaces.ISyncChannel;
import kz.bee.bip.syncchannel.v10.interfaces.SendMessageSendMessageFaultMsg;
import kz.bee.bip.syncchannel.v10.types.request.SyncMessageInfo;
import kz.bee.bip.syncchannel.v10.types.request.SyncSendMessageRequest;
import kz.bee.bip.syncchannel.v10.types.response.ResponseData;
import kz.bee.bip.syncchannel.v10.types.response.SyncMessageInfoResponse;
import kz.bee.bip.syncchannel.v10.types.response.SyncSendMessageResponse;
import kz.elicensing.contract.gbdul.v2.GbdulInfoByBinRequest;
import kz.elicensing.contract.gbdul.v2.GbdulInfoByBinResponse;
import kz.elicensing.contract.gbdul.v2.Leader;
import kz.elicensing.contract.gbdul.v2.Organization;
import kz.elicensing.contract.gbdul.v2.Status;
import kz.elicensing.contract.pep.v1.PaymentCheckRequest;
import kz.elicensing.contract.pep.v1.PaymentCheckResponse;
import kz.elicensing.sandbox.gateway.fault.FaultKind;
import kz.elicensing.sandbox.gateway.fault.FaultSpec;
import kz.elicensing.sandbox.registry.LegalEntityRegistry;
import kz.elicensing.sandbox.registry.PaymentRegistry;
import kz.elicensing.sandbox.xml.SafeXml;
import kz.elicensing.sandbox.xml.SignatureCheckException;
import kz.elicensing.sandbox.xml.XmlSignatureVerifier;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The ShEP gateway emulator (SyncChannel v10): authenticates the sender and answers GbdulInfoByBin_v2 from the
 * legal entities registry, GBDFL_UniversalServiceSync from the individuals registry (GBD FL) and PEP_PaymentCheck from the payment gateway (carrying out the soapFault, duplicate,
 * wrongCorrelation and otherSubject faults the {@link FaultFilter} decided for the call).
 */
@WebService(
        endpointInterface = "kz.bee.bip.syncchannel.v10.interfaces.ISyncChannel",
        serviceName = "ISyncChannelHttpService",
        portName = "SyncChannelHttpPort",
        targetNamespace = "http://bip.bee.kz/SyncChannel/v10/Interfaces",
        wsdlLocation = "META-INF/wsdl/shep/v10/SyncChannel.wsdl")
public class GatewayEndpoint implements ISyncChannel {

    /** Context path the gateway is published at. */
    public static final String PATH = "/shep/bip-sync/";

    public static final String ELICENSE_SENDER = "ELICENSE";
    public static final String ELICENSE_PASSWORD = "elicense-demo-pass";
    public static final String GBDUL_SERVICE = "GbdulInfoByBin_v2";
    public static final String PAYMENT_CHECK_SERVICE = "PEP_PaymentCheck";
    public static final String GBDFL_SERVICE = "GBDFL_UniversalServiceSync";
    public static final String GBDFL_NS = "urn:kz:elicensing:ext:gbdfl:v1";
    public static final String GBDUL_NS = "urn:kz:elicensing:ext:gbdul:v2";
    public static final String PEP_NS = "urn:kz:elicensing:ext:pep:v1";

    private static final System.Logger LOG = System.getLogger(GatewayEndpoint.class.getName());
    private static final JAXBContext GBDUL_JAXB;
    private static final JAXBContext PEP_JAXB;
    private static final JAXBContext GBDFL_JAXB;
    private static final DatatypeFactory DATATYPES;

    static {
        try {
            // one context per payload namespace, so an answer declares only its own namespace
            GBDUL_JAXB = JAXBContext.newInstance(GbdulInfoByBinRequest.class, GbdulInfoByBinResponse.class);
            PEP_JAXB = JAXBContext.newInstance(PaymentCheckRequest.class, PaymentCheckResponse.class);
            GBDFL_JAXB = JAXBContext.newInstance(
                    kz.elicensing.contract.gbdfl.v1.PersonRequest.class,
                    kz.elicensing.contract.gbdfl.v1.PersonResponse.class);
            DATATYPES = DatatypeFactory.newInstance();
        } catch (JAXBException | DatatypeConfigurationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final LegalEntityRegistry legalEntities;
    private final PaymentRegistry payments;
    private volatile kz.elicensing.sandbox.registry.IndividualRegistry individuals =
            new kz.elicensing.sandbox.registry.IndividualRegistry();
    private final XmlSignatureVerifier verifier;
    private final Map<String, String> senders = new ConcurrentHashMap<>(Map.of(ELICENSE_SENDER, ELICENSE_PASSWORD));
    /** Which organisation (BIN in the certificate's OU) must sign each sender's messages. */
    private final Map<String, String> senderBins =
            new ConcurrentHashMap<>(Map.of(ELICENSE_SENDER, kz.elicensing.sandbox.pki.DemoIdentities.ELICENSING_BIN));

    private final GatewayCalls calls;

    @Resource
    private WebServiceContext context;

    /**
     * The XSDs the WSDL imports, as metadata for {@code Endpoint.setMetadata}, so that {@code ?wsdl} rewrites
     * its imports to {@code ?xsd=N} and serves them.
     */
    public static List<Source> metadata() {
        List<Source> docs = new ArrayList<>();
        for (String xsd : List.of("syncchannel.xsd", "request.xsd", "response.xsd", "common.xsd")) {
            String name = "META-INF/wsdl/shep/v10/xsd/" + xsd;
            URL url = GatewayEndpoint.class.getClassLoader().getResource(name);
            if (url == null) {
                throw new IllegalStateException(name + " is not on the classpath");
            }
            try {
                docs.add(new StreamSource(url.openStream(), url.toExternalForm()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return docs;
    }

    public GatewayEndpoint(LegalEntityRegistry legalEntities, PaymentRegistry payments, X509Certificate trustAnchor) {
        this(legalEntities, payments, trustAnchor, new GatewayCalls());
    }

    /** An endpoint that carries out the soapFault and duplicate faults the fault filter registers in {@code calls}. */
    public GatewayEndpoint(
            LegalEntityRegistry legalEntities,
            PaymentRegistry payments,
            X509Certificate trustAnchor,
            GatewayCalls calls) {
        this.legalEntities = Objects.requireNonNull(legalEntities);
        this.payments = Objects.requireNonNull(payments);
        this.verifier = new XmlSignatureVerifier(trustAnchor);
        this.calls = Objects.requireNonNull(calls);
    }

    /** The individuals registry (GBD FL) this gateway answers GBDFL_UniversalServiceSync from. */
    public void useIndividuals(kz.elicensing.sandbox.registry.IndividualRegistry registry) {
        this.individuals = Objects.requireNonNull(registry);
    }

    /** Registers (or changes) a sender system allowed to call the gateway, whose messages the organisation {@code bin} signs. */
    public void registerSender(String senderId, String password, String bin) {
        senders.put(senderId, password);
        senderBins.put(senderId, bin);
    }

    @Override
    public SyncSendMessageResponse sendMessage(SyncSendMessageRequest request) throws SendMessageSendMessageFaultMsg {
        GatewayCall call = currentCall();
        try {
            SyncSendMessageResponse response = answer(request, call);
            call.outcome("SUCCESS");
            return response;
        } catch (SendMessageSendMessageFaultMsg f) {
            call.outcome(
                    f.getFaultInfo() == null ? "SOAP_FAULT" : f.getFaultInfo().getErrorCode());
            throw f;
        }
    }

    private SyncSendMessageResponse answer(SyncSendMessageRequest request, GatewayCall call)
            throws SendMessageSendMessageFaultMsg {
        SyncMessageInfo info = request == null ? null : request.getRequestInfo();
        if (info == null || info.getServiceId() == null || info.getMessageId() == null) {
            throw fault(
                    "SCHEMA_VIOLATION",
                    "Отсутствует requestInfo, messageId или serviceId",
                    "requestInfo, messageId немесе serviceId жоқ");
        }
        String serviceId = info.getServiceId();
        String senderId = info.getSender() == null ? null : info.getSender().getSenderId();
        String password = info.getSender() == null ? null : info.getSender().getPassword();
        if (senderId == null || password == null || !password.equals(senders.get(senderId))) {
            LOG.log(System.Logger.Level.INFO, "gateway: {0} from {1} refused: SENDER_UNKNOWN", serviceId, senderId);
            throw fault(
                    "SENDER_UNKNOWN",
                    "Отправитель не зарегистрирован или неверный пароль: " + senderId,
                    "Жіберуші тіркелмеген немесе құпиясөзі қате: " + senderId);
        }
        checkMessageSignature(senderId);
        FaultSpec injected = call.fault();
        if (injected.kind() == FaultKind.SOAP_FAULT) {
            LOG.log(
                    System.Logger.Level.INFO,
                    "gateway: {0} from {1} refused: {2} (sandbox fault)",
                    serviceId,
                    senderId,
                    injected.code());
            throw fault(
                    injected.code(),
                    "Сервис " + serviceId + " временно недоступен (sandbox: soapFault)",
                    serviceId + " сервисі уақытша қолжетімсіз (sandbox: soapFault)");
        }
        Object data = request.getRequestData() == null
                ? null
                : request.getRequestData().getData();
        boolean inline = data instanceof Element;
        boolean otherSubject = injected.kind() == FaultKind.OTHER_SUBJECT;
        String answer = route(serviceId, senderId, data, otherSubject);
        if (injected.kind() == FaultKind.DUPLICATE) {
            answer =
                    route(serviceId, senderId, data, false); // the registry is asked a second time for the same request
        }
        String correlationId = info.getMessageId();
        if (injected.kind() == FaultKind.WRONG_CORRELATION) {
            correlationId = UUID.randomUUID().toString(); // the answer to some other message
        }
        LOG.log(
                System.Logger.Level.INFO,
                "gateway: {0} from {1} answered{2}",
                serviceId,
                senderId,
                injected.isNone() ? "" : " (sandbox fault " + injected.kind() + ")");
        return response(info, correlationId, lang(info), answer, inline);
    }

    /**
     * Asks the registry behind the serviceId; every failure becomes a fault. With {@code otherSubject} the registry is
     * asked about another BIN, IIN or payment reference than the request's (the otherSubject fault).
     */
    private String route(String serviceId, String senderId, Object data, boolean otherSubject)
            throws SendMessageSendMessageFaultMsg {
        try {
            return switch (serviceId) {
                case GBDUL_SERVICE -> gbdul(payload(data), otherSubject);
                case PAYMENT_CHECK_SERVICE -> paymentCheck(payload(data), otherSubject);
                case GBDFL_SERVICE -> gbdfl(payload(data), otherSubject);
                default ->
                    throw fault("UNKNOWN_SERVICE", "Неизвестный сервис: " + serviceId, "Белгісіз сервис: " + serviceId);
            };
        } catch (SendMessageSendMessageFaultMsg f) {
            LOG.log(
                    System.Logger.Level.INFO,
                    "gateway: {0} from {1} refused: {2}",
                    serviceId,
                    senderId,
                    f.getFaultInfo().getErrorCode());
            throw f;
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "gateway: " + serviceId + " failed", e);
            throw fault("INTERNAL_ERROR", "Внутренняя ошибка шлюза", "Шлюздің ішкі қатесі");
        }
    }

    /** The request in work, as the fault filter registered it (an unfiltered call outside the sandbox's server). */
    /** The request's WS-Security signature verified (by the handler) and made by the sender's own organisation. */
    private void checkMessageSignature(String senderId) throws SendMessageSendMessageFaultMsg {
        Object signer = context == null ? null : context.getMessageContext().get(RequestVerifyingHandler.SIGNER);
        if (signer instanceof java.security.cert.X509Certificate cert) {
            org.bouncycastle.asn1.x500.X500Name subject = org.bouncycastle.asn1.x500.X500Name.getInstance(
                    cert.getSubjectX500Principal().getEncoded());
            for (org.bouncycastle.asn1.x500.RDN ou : subject.getRDNs(org.bouncycastle.asn1.x500.style.BCStyle.OU)) {
                String value = org.bouncycastle.asn1.x500.style.IETFUtils.valueToString(
                        ou.getFirst().getValue());
                if (value.equals("BIN" + senderBins.get(senderId))) {
                    return;
                }
            }
            throw fault(
                    "MESSAGE_SIGNATURE_INVALID",
                    "Сообщение подписано не сертификатом отправителя " + senderId,
                    "Хабарламаға " + senderId + " жіберушісінің сертификатымен қол қойылмаған");
        }
        String why = signer instanceof Exception e ? e.getMessage() : "no signature";
        LOG.log(
                System.Logger.Level.INFO,
                "gateway: message from {0} refused: MESSAGE_SIGNATURE_INVALID ({1})",
                senderId,
                why);
        throw fault(
                "MESSAGE_SIGNATURE_INVALID",
                "Подпись сообщения (WS-Security) отсутствует или недействительна",
                "Хабарламаның қолтаңбасы (WS-Security) жоқ немесе жарамсыз");
    }

    private GatewayCall currentCall() {
        WebServiceContext ctx = context;
        if (ctx == null) {
            return GatewayCall.unfiltered();
        }
        try {
            return calls.of(ctx.getMessageContext().get(JAXWSProperties.HTTP_EXCHANGE));
        } catch (IllegalStateException notInARequest) {
            return GatewayCall.unfiltered();
        }
    }

    private String gbdul(Document doc, boolean otherSubject) throws SendMessageSendMessageFaultMsg {
        expectRoot(doc, GBDUL_NS, "GbdulInfoByBinRequest");
        try {
            verifier.verify(doc);
        } catch (SignatureCheckException e) {
            throw fault(
                    "MESSAGE_SIGNATURE_INVALID",
                    "Подпись запроса недействительна (" + e.code() + "): " + e.getMessage(),
                    "Сұрау қолтаңбасы жарамсыз (" + e.code() + ")");
        }
        GbdulInfoByBinRequest req = unmarshal(GBDUL_JAXB, doc, GbdulInfoByBinRequest.class);
        if (req.getBIN() == null || req.getBIN().isBlank()) {
            throw fault("SCHEMA_VIOLATION", "Не указан BIN", "BIN көрсетілмеген");
        }
        GbdulInfoByBinResponse resp = new GbdulInfoByBinResponse();
        Status status = new Status();
        String bin = req.getBIN().trim();
        var found = legalEntities.find(otherSubject ? otherBin(bin) : bin);
        if (found.isPresent()) {
            status.setCode("002");
            status.setNameRu("Сведения найдены");
            status.setNameKz("Мәліметтер табылды");
            resp.setOrganization(organization(found.get()));
        } else {
            status.setCode("003");
            status.setNameRu("Сведения не найдены");
            status.setNameKz("Мәліметтер табылмады");
        }
        resp.setStatus(status);
        return marshal(GBDUL_JAXB, resp);
    }

    private static Organization organization(LegalEntityRegistry.Organisation o) {
        Organization org = new Organization();
        org.setBIN(o.bin());
        org.setRegStatus(o.regStatus());
        org.setRegistrationDate(
                DATATYPES.newXMLGregorianCalendar(o.registrationDate().toString()));
        org.setFullNameRu(o.fullNameRu());
        org.setFullNameKz(o.fullNameKz());
        Leader l = new Leader();
        l.setIIN(o.leaderIin());
        l.setSurName(o.leaderSurname());
        l.setName(o.leaderName());
        l.setMiddleName(o.leaderMiddleName());
        org.setOrganizationLeader(l);
        org.setAddress(o.address());
        return org;
    }

    private String gbdfl(Document doc, boolean otherSubject) throws SendMessageSendMessageFaultMsg {
        expectRoot(doc, GBDFL_NS, "PersonRequest");
        var req = unmarshal(GBDFL_JAXB, doc, kz.elicensing.contract.gbdfl.v1.PersonRequest.class);
        if (req.getIin() == null || req.getIin().isBlank()) {
            throw fault("SCHEMA_VIOLATION", "Не указан ИИН", "ЖСН көрсетілмеген");
        }
        var resp = new kz.elicensing.contract.gbdfl.v1.PersonResponse();
        String iin = req.getIin().trim();
        var found = individuals.find(otherSubject ? otherIin(iin) : iin);
        if (found.isPresent()) {
            resp.setStatus(code("002", "Сведения найдены", "Мәліметтер табылды"));
            var p = found.get();
            var person = new kz.elicensing.contract.gbdfl.v1.Person();
            person.setIin(p.iin());
            person.setSurname(p.surname());
            person.setName(p.name());
            person.setPatronymic(p.patronymic());
            person.setBirthDate(DATATYPES.newXMLGregorianCalendar(p.birthDate().toString()));
            person.setGender("2".equals(p.gender()) ? code("2", "Женский", "Әйел") : code("1", "Мужской", "Ер"));
            person.setCitizenship(
                    "398".equals(p.citizenship())
                            ? code("398", "Казахстан", "Қазақстан")
                            : code(p.citizenship(), "Иное гражданство", "Басқа азаматтық"));
            person.setLifeStatus(
                    kz.elicensing.sandbox.registry.IndividualRegistry.DECEASED.equals(p.lifeStatus())
                            ? code("1", "Умерший", "Қайтыс болған")
                            : code("0", "Живой", "Тірі"));
            person.setRegAddress(p.regAddress());
            resp.setPerson(person);
        } else {
            resp.setStatus(code("003", "Сведения не найдены", "Мәліметтер табылмады"));
        }
        return marshal(GBDFL_JAXB, resp);
    }

    private static kz.elicensing.contract.gbdfl.v1.Code code(String code, String ru, String kz) {
        var c = new kz.elicensing.contract.gbdfl.v1.Code();
        c.setCode(code);
        c.setNameRu(ru);
        c.setNameKz(kz);
        return c;
    }

    private String paymentCheck(Document doc, boolean otherSubject) throws SendMessageSendMessageFaultMsg {
        expectRoot(doc, PEP_NS, "PaymentCheckRequest");
        PaymentCheckRequest req = unmarshal(PEP_JAXB, doc, PaymentCheckRequest.class);
        String ref = req.getReference() == null ? null : req.getReference().trim();
        if (otherSubject) {
            ref = otherReference(ref);
        }
        PaymentCheckResponse resp = new PaymentCheckResponse();
        resp.setReference(ref);
        var found = payments.find(ref);
        if (found.isPresent()) {
            PaymentRegistry.Payment p = found.get();
            resp.setStatus("PAID");
            resp.setPayerId(p.payerId());
            resp.setAmount(p.amount());
            resp.setBudgetCode(p.budgetCode());
            resp.setPaidAt(calendar(p.paidAt()));
        } else {
            resp.setStatus("NOT_FOUND");
        }
        return marshal(PEP_JAXB, resp);
    }

    /** otherSubject: the lowest BIN the registry knows other than {@code asked} (a found answer about someone else). */
    private String otherBin(String asked) {
        return legalEntities.all().stream()
                .map(LegalEntityRegistry.Organisation::bin)
                .filter(b -> !b.equals(asked))
                .sorted()
                .findFirst()
                .orElse(asked + "0");
    }

    /** otherSubject: the lowest IIN the registry knows other than {@code asked}. */
    private String otherIin(String asked) {
        return individuals.all().stream()
                .map(kz.elicensing.sandbox.registry.IndividualRegistry.Person::iin)
                .filter(i -> !i.equals(asked))
                .sorted()
                .findFirst()
                .orElse(asked + "0");
    }

    /** otherSubject: the lowest payment reference the gateway knows other than {@code asked}, else a made-up one. */
    private String otherReference(String asked) {
        return payments.all().stream()
                .map(PaymentRegistry.Payment::reference)
                .filter(r -> !r.equals(asked))
                .sorted()
                .findFirst()
                .orElse(asked + "-OTHER");
    }

    /** Payload as a document: escaped XML text, or an inline element (the children of data). */
    private static Document payload(Object data) throws SendMessageSendMessageFaultMsg {
        String xml;
        if (data instanceof String s) {
            xml = s;
        } else if (data instanceof Element e) {
            Node child = e.getFirstChild();
            while (child != null && child.getNodeType() != Node.ELEMENT_NODE) {
                child = child.getNextSibling();
            }
            if (child == null) {
                xml = e.getTextContent();
            } else {
                xml = SafeXml.toXml(child);
            }
        } else {
            throw fault(
                    "SCHEMA_VIOLATION",
                    "Отсутствуют данные запроса (requestData/data)",
                    "Сұрау деректері жоқ (requestData/data)");
        }
        if (xml == null || xml.isBlank()) {
            throw fault(
                    "SCHEMA_VIOLATION",
                    "Отсутствуют данные запроса (requestData/data)",
                    "Сұрау деректері жоқ (requestData/data)");
        }
        try {
            return SafeXml.parse(xml);
        } catch (SAXException e) {
            throw fault(
                    "MALFORMED_XML",
                    "Некорректный XML в данных запроса: " + e.getMessage(),
                    "Сұрау деректеріндегі XML қате");
        }
    }

    private static void expectRoot(Document doc, String ns, String name) throws SendMessageSendMessageFaultMsg {
        Element root = doc.getDocumentElement();
        if (!ns.equals(root.getNamespaceURI()) || !name.equals(root.getLocalName())) {
            throw fault(
                    "SCHEMA_VIOLATION",
                    "Ожидался элемент {" + ns + "}" + name,
                    "{" + ns + "}" + name + " элементі күтілген");
        }
    }

    private static <T> T unmarshal(JAXBContext jaxb, Document doc, Class<T> type)
            throws SendMessageSendMessageFaultMsg {
        try {
            return jaxb.createUnmarshaller().unmarshal(doc, type).getValue();
        } catch (JAXBException e) {
            throw fault(
                    "SCHEMA_VIOLATION",
                    "Данные не соответствуют схеме: " + e.getMessage(),
                    "Деректер схемаға сәйкес келмейді");
        }
    }

    private static String marshal(JAXBContext jaxb, Object o) {
        try {
            Marshaller m = jaxb.createMarshaller();
            m.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
            m.setProperty(Marshaller.JAXB_FRAGMENT, Boolean.TRUE);
            StringWriter w = new StringWriter();
            m.marshal(o, w);
            return w.toString();
        } catch (JAXBException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String lang(SyncMessageInfo info) {
        for (Property p : info.getProperties()) {
            if ("lang".equals(p.getKey()) && "kk".equalsIgnoreCase(p.getValue())) {
                return "kk";
            }
        }
        return "ru";
    }

    private static SyncSendMessageResponse response(
            SyncMessageInfo info, String correlationId, String lang, String answer, boolean inline)
            throws SendMessageSendMessageFaultMsg {
        SyncSendMessageResponse resp = new SyncSendMessageResponse();
        SyncMessageInfoResponse ri = new SyncMessageInfoResponse();
        ri.setMessageId(UUID.randomUUID().toString());
        ri.setCorrelationId(correlationId);
        ri.setResponseDate(now());
        StatusInfo st = new StatusInfo();
        st.setCode("SUCCESS");
        st.setMessage("kk".equals(lang) ? "Сұрау сәтті өңделді" : "Запрос успешно обработан");
        ri.setStatus(st);
        resp.setResponseInfo(ri);
        ResponseData rd = new ResponseData();
        if (inline) {
            Document d = SafeXml.newDocument();
            Element wrapper = d.createElementNS(null, "data");
            d.appendChild(wrapper);
            try {
                wrapper.appendChild(d.importNode(SafeXml.parse(answer).getDocumentElement(), true));
            } catch (SAXException e) {
                throw new IllegalStateException(e);
            }
            rd.setData(wrapper);
        } else {
            rd.setData(answer);
        }
        resp.setResponseData(rd);
        return resp;
    }

    /** A SOAP fault with ErrorInfo detail: stable code, Russian message, Kazakh data. */
    static SendMessageSendMessageFaultMsg fault(String code, String messageRu, String messageKz) {
        ErrorInfo e = new ErrorInfo();
        e.setErrorCode(code);
        e.setErrorMessage(messageRu);
        e.setErrorData(messageKz);
        e.setErrorDate(now());
        return new SendMessageSendMessageFaultMsg(messageRu, e);
    }

    private static XMLGregorianCalendar now() {
        return DATATYPES.newXMLGregorianCalendar(GregorianCalendar.from(ZonedDateTime.now()));
    }

    private static XMLGregorianCalendar calendar(OffsetDateTime t) {
        return DATATYPES.newXMLGregorianCalendar(
                t.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }
}

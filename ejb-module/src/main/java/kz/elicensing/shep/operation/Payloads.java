package kz.elicensing.shep.operation;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import kz.elicensing.application.query.ApplicationView;
import kz.elicensing.contract.v1.Acknowledgement;
import kz.elicensing.contract.v1.ApplicationReceipt;
import kz.elicensing.contract.v1.ObjectFactory;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.error.Messages;
import kz.elicensing.infrastructure.signature.PayloadSchemas;
import kz.elicensing.infrastructure.signature.SecureXml;
import kz.elicensing.infrastructure.xml.Jaxb;
import kz.elicensing.infrastructure.xml.XmlDates;
import kz.elicensing.shep.OperationAnswer;
import kz.elicensing.shep.OutboundMessage;
import org.w3c.dom.Document;

/** The urn:kz:elicensing:v1 payloads several operations share: reading one (hardened, schema-bound), receipts, acknowledgements. */
final class Payloads {
    static final ObjectFactory FACTORY = new ObjectFactory();
    static final String SUCCESS = "SUCCESS";
    private static final String NAMESPACE = "urn:kz:elicensing:v1";

    private Payloads() {}

    /** Parses {@code xml} with the hardened parser against the contract's schema and binds its root, which must be {@code type}. */
    static <T> T read(String xml, Class<T> type) {
        Document doc = SecureXml.parseValid(xml.getBytes(StandardCharsets.UTF_8), PayloadSchemas.elicensing());
        if (!NAMESPACE.equals(doc.getDocumentElement().getNamespaceURI())
                || !type.getSimpleName().equals(doc.getDocumentElement().getLocalName())) {
            throw new ElicensingException(
                    ErrorCode.SCHEMA_VIOLATION,
                    "expected " + type.getSimpleName() + ", got "
                            + doc.getDocumentElement().getLocalName());
        }
        return Jaxb.unmarshal(doc.getDocumentElement(), type);
    }

    /** A SUCCESS answer whose status text is {@code key} in the request's language. */
    static OperationAnswer success(Locale locale, String key, Object payload, String applicationNumber) {
        return new OperationAnswer(
                new OutboundMessage(SUCCESS, Messages.text(locale, key), Jaxb.toXml(payload), applicationNumber));
    }

    /** An Acknowledgement whose texts are {@code key} in Russian and Kazakh. */
    static Acknowledgement acknowledgement(boolean accepted, String key) {
        Acknowledgement a = FACTORY.createAcknowledgement();
        a.setAccepted(accepted);
        a.setMessageRu(Messages.ru(key));
        a.setMessageKz(Messages.kk(key));
        return a;
    }

    /** The receipt of a registered application (both channels), with "registered, number, deadline" in ru and kk. */
    static OperationAnswer receipt(Locale locale, ApplicationView application, String validationReport) {
        String number = application.number();
        String deadline = application.deadline().toString();
        ApplicationReceipt r = FACTORY.createApplicationReceipt();
        r.setApplicationNumber(number);
        r.setStatus(application.status().name());
        r.setRegisteredAt(XmlDates.dateTime(application.registeredAt()));
        r.setDeadline(XmlDates.date(application.deadline()));
        r.setMessageRu(Messages.ru("answer.registered", number, deadline));
        r.setMessageKz(Messages.kk("answer.registered", number, deadline));
        return new OperationAnswer(
                new OutboundMessage(
                        SUCCESS, Messages.text(locale, "answer.registered", number, deadline), Jaxb.toXml(r), number),
                validationReport);
    }
}

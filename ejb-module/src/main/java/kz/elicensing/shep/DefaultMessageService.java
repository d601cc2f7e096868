package kz.elicensing.shep;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import kz.elicensing.shep.AnsweredMessage;
import kz.elicensing.application.query.ApplicationQueries;
import kz.elicensing.application.walkin.ApplicantData;
import kz.elicensing.application.query.ApplicationView;
import kz.elicensing.shep.WalkInMessages;
import kz.elicensing.application.walkin.WalkInService;
import kz.elicensing.shep.InboundMessage;
import kz.elicensing.application.intake.IntakeService;
import kz.elicensing.shep.LicenseChangeRequest;
import kz.elicensing.application.registry.LicenseRegistry;
import kz.elicensing.application.registry.LicenseView;
import kz.elicensing.shep.MessageService;
import kz.elicensing.shep.OutboundMessage;
import kz.elicensing.shep.PayloadCodec;
import kz.elicensing.application.intake.PaymentNotifications;
import kz.elicensing.application.query.Printouts;
import kz.elicensing.application.deadline.QualityQuestionnaire;
import kz.elicensing.shep.QuestionnaireAnswers;
import kz.elicensing.application.intake.Registration;
import kz.elicensing.application.query.ResultDocument;
import kz.elicensing.shep.MessageSignatures;
import kz.elicensing.shep.ServiceIds;
import kz.elicensing.application.intake.SignatureReports;
import kz.elicensing.shep.StatusQuery;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.licence.DecisionBasis;
import kz.elicensing.domain.licence.LicenseAction;
import kz.elicensing.domain.licence.LicenseChange;
import kz.elicensing.domain.error.Messages;
import kz.elicensing.domain.evidence.Direction;
import kz.elicensing.domain.evidence.EvidenceKind;
import kz.elicensing.domain.evidence.EvidenceLog;
import kz.elicensing.domain.evidence.EvidenceRecord;
import kz.elicensing.domain.evidence.SenderPassword;

/** Routes an admitted message (see {@link DefaultMessageReceiver}) to its use case by serviceId, and keeps the evidence. */
@Stateless
public class DefaultMessageService implements MessageService {
    private static final Logger LOG = Logger.getLogger(DefaultMessageService.class.getName());
    private static final String SUCCESS = "SUCCESS";

    @Inject
    PayloadCodec codec;
    @EJB
    IntakeService intake;
    @EJB
    ApplicationQueries queries;
    @EJB
    PaymentNotifications payments;
    @EJB
    WalkInService walkIn;
    @Inject
    SignatureReports reports;
    @Inject
    EvidenceLog evidence;
    @Inject
    Clock clock;
    @Inject
    MessageSignatures signatures;
    @EJB
    LicenseRegistry registry;
    @Inject
    Printouts printouts;
    @EJB
    QualityQuestionnaire questionnaires;

    /** An answer and, for a submission, the validation report to keep beside the request. */
    private record Routed(OutboundMessage answer, String validationReport) {
        Routed(OutboundMessage answer) {
            this(answer, null);
        }
    }

    @Override
    public OutboundMessage handle(InboundMessage message) {
        Instant receivedAt = clock.instant();
        if (message.envelope() == null) {
            throw new IllegalStateException("the envelope as received is missing; the evidence log needs it");
        }
        Locale locale = Messages.locale(message.language());
        LOG.fine(() -> "messageId=" + message.messageId() + " serviceId=" + message.serviceId());
        Routed routed = switch (message.serviceId()) {
            case ServiceIds.SUBMIT_APPLICATION -> submit(message, locale);
            case ServiceIds.GET_APPLICATION_STATUS -> status(message, locale);
            case ServiceIds.GET_RESULT -> result(message, locale);
            case ServiceIds.PAYMENT_NOTIFICATION -> paymentNotice(message, locale);
            case ServiceIds.VERIFY_DOCUMENT -> new Routed(new OutboundMessage(SUCCESS, Messages.text(locale, "answer.success"),
                    reports.report(codec.readVerifyDocumentRequest(message.payload()).getBytes(StandardCharsets.UTF_8),
                            clock.instant()), null));
            case ServiceIds.LOOKUP_APPLICANT -> walkInLookup(message, locale);
            case ServiceIds.REGISTER_WALK_IN -> walkInRegister(message, locale);
            case ServiceIds.VERIFY_LICENSE -> licenseRecord(registry.verify(codec.readLicenseQuery(message.payload())), locale);
            case ServiceIds.CHANGE_LICENSE -> licenseRecord(changeLicense(message), locale);
            case ServiceIds.SUBMIT_QUESTIONNAIRE -> questionnaire(message, locale);
            default -> throw new IllegalStateException("unrouted service " + message.serviceId());
        };
        keepEvidence(message, receivedAt, routed);
        return routed.answer();
    }

    /** The envelope as received (password masked) and, for a submission, its validation report: appended last, so the lock is short. */
    private void keepEvidence(InboundMessage message, Instant receivedAt, Routed routed) {
        String number = routed.answer().applicationNumber();
        List<EvidenceRecord> records = new ArrayList<>(2);
        records.add(new EvidenceRecord(receivedAt, Direction.IN, EvidenceKind.SOAP_REQUEST, message.serviceId(),
                message.messageId(), message.senderId(), number, SenderPassword.mask(message.envelope())));
        if (routed.validationReport() != null) {
            records.add(new EvidenceRecord(clock.instant(), Direction.INTERNAL, EvidenceKind.VALIDATION_REPORT,
                    message.serviceId(), message.messageId(), message.senderId(), number,
                    routed.validationReport().getBytes(StandardCharsets.UTF_8)));
        }
        evidence.append(records);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public byte[] signAnswer(byte[] answer) {
        return signatures.sign(answer);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordAnswer(AnsweredMessage answer) {
        Instant now = clock.instant();
        List<EvidenceRecord> records = new ArrayList<>(2);
        if (!answer.requestKept()) {
            records.add(new EvidenceRecord(answer.receivedAt() == null ? now : answer.receivedAt(), Direction.IN,
                    EvidenceKind.SOAP_REQUEST, answer.serviceId(), answer.messageId(), answer.senderId(),
                    answer.applicationNumber(), answer.request() == null ? new byte[0] : SenderPassword.mask(answer.request())));
        }
        records.add(new EvidenceRecord(now, Direction.OUT,
                answer.fault() ? EvidenceKind.SOAP_FAULT : EvidenceKind.SOAP_RESPONSE, answer.serviceId(),
                answer.messageId(), answer.senderId(), answer.applicationNumber(),
                answer.answer() == null ? new byte[0] : answer.answer()));
        evidence.append(records);
    }

    private Routed submit(InboundMessage message, Locale locale) {
        Registration registration = intake.submit(message.senderId(), message.messageId(),
                message.payload().getBytes(StandardCharsets.UTF_8));
        if (!registration.registered()) {
            // condition 2's refusal (process 5): a business answer with its code, shown to the person at once
            ErrorCode refusal = registration.refusal();
            return new Routed(new OutboundMessage(refusal.name(), Messages.text(locale, refusal.messageKey()),
                    codec.writeAcknowledgement(false, Messages.ru(refusal.messageKey()), Messages.kk(refusal.messageKey())),
                    null), registration.validationReport());
        }
        ApplicationView view = registration.application();
        String ru = Messages.ru("answer.registered", view.number(), view.deadline().toString());
        String kk = Messages.kk("answer.registered", view.number(), view.deadline().toString());
        return new Routed(new OutboundMessage(SUCCESS, Messages.text(locale, "answer.registered", view.number(),
                view.deadline().toString()), codec.writeReceipt(view, ru, kk), view.number()),
                registration.validationReport());
    }

    private Routed status(InboundMessage message, Locale locale) {
        StatusQuery query = codec.readStatusQuery(message.payload());
        String payload = query.applicationNumber() != null
                ? codec.writeStatus(queries.byNumber(query.applicationNumber()))
                : codec.writeStatusList(queries.byApplicant(query.applicantId()));
        return new Routed(new OutboundMessage(SUCCESS, Messages.text(locale, "answer.success"), payload,
                query.applicationNumber()));
    }

    private Routed result(InboundMessage message, Locale locale) {
        String number = codec.readResultQuery(message.payload());
        ResultDocument result = queries.result(number);
        return new Routed(new OutboundMessage(SUCCESS, Messages.text(locale, "answer.success"),
                codec.writeResult(result, printouts.pdf(result, locale.getLanguage())), number));
    }

    private Routed paymentNotice(InboundMessage message, Locale locale) {
        boolean fresh = payments.record(codec.readPaymentNotice(message.payload()));
        String key = fresh ? "answer.payment.recorded" : "answer.payment.known";
        return new Routed(new OutboundMessage(SUCCESS, Messages.text(locale, key),
                codec.writeAcknowledgement(true, Messages.ru(key), Messages.kk(key)), null));
    }

    // walk-in (channel 2): the use case checks the named officer and their provider
    private Routed questionnaire(InboundMessage message, Locale locale) {
        QuestionnaireAnswers q = codec.readQuestionnaire(message.payload());
        questionnaires.answer(message.senderId(), q.applicationNumber(), q.applicantId(), q.processQuality(),
                q.informationQuality());
        return new Routed(new OutboundMessage(SUCCESS, Messages.text(locale, "answer.questionnaire"),
                codec.writeAcknowledgement(true, Messages.ru("answer.questionnaire"), Messages.kk("answer.questionnaire")),
                q.applicationNumber()));
    }

    private Routed licenseRecord(LicenseView view, Locale locale) {
        String key = view.license().status().messageKey();
        return new Routed(new OutboundMessage(SUCCESS, Messages.text(locale, "answer.success"),
                codec.writeLicenseRecord(view, Messages.ru(key), Messages.kk(key))));
    }

    /** A court's or authority's decision, made in the name of the sending system. */
    private LicenseView changeLicense(InboundMessage message) {
        LicenseChangeRequest r = codec.readChangeLicense(message.payload());
        DecisionBasis basis;
        LicenseAction action;
        try {
            basis = DecisionBasis.valueOf(r.basis().strip());
            action = LicenseAction.valueOf(r.action().strip());
        } catch (IllegalArgumentException e) {
            throw new ElicensingException(ErrorCode.SCHEMA_VIOLATION, "unknown action or basis: " + r.action() + " " + r.basis());
        }
        LicenseChange change = new LicenseChange(clock.instant(), basis, message.senderId(), r.reason(),
                r.decisionNumber(), r.decisionDate(), r.decisionBody());
        return switch (action) {
            case SUSPEND, RESUME, TERMINATE -> registry.changeByDecision(r.licenseNumber(), action, change);
            case ADD_OBJECT -> registry.addObject(r.licenseNumber(), r.objectAddress(), r.objectDescription(), null,
                    decided(change));
            case REMOVE_OBJECT -> registry.removeObject(r.licenseNumber(), r.objectId() == null ? -1 : r.objectId(), null,
                    decided(change));
            default -> throw new ElicensingException(ErrorCode.SCHEMA_VIOLATION, action + " is not a registry change");
        };
    }

    private static LicenseChange decided(LicenseChange change) {
        if (change.basis() != DecisionBasis.COURT && change.basis() != DecisionBasis.AUTHORITY) {
            throw new ElicensingException(ErrorCode.SCHEMA_VIOLATION, "a decision's basis is COURT or AUTHORITY");
        }
        return change;
    }

    private Routed walkInLookup(InboundMessage message, Locale locale) {
        WalkInMessages.Lookup lookup = codec.readLookupApplicant(message.payload());
        ApplicantData data = walkIn.lookup(lookup.officer(), lookup.query());
        return new Routed(new OutboundMessage(SUCCESS, Messages.text(locale, "answer.walkin.found"),
                codec.writeApplicantData(data), null));
    }

    private Routed walkInRegister(InboundMessage message, Locale locale) {
        WalkInMessages.Register register = codec.readRegisterWalkIn(message.payload());
        ApplicationView view = walkIn.register(register.officer(), register.request(), message.messageId());
        String ru = Messages.ru("answer.registered", view.number(), view.deadline().toString());
        String kk = Messages.kk("answer.registered", view.number(), view.deadline().toString());
        return new Routed(new OutboundMessage(SUCCESS, Messages.text(locale, "answer.registered", view.number(),
                view.deadline().toString()), codec.writeReceipt(view, ru, kk), view.number()));
    }
}

package kz.elicensing.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import kz.elicensing.application.ApplicationQueries;
import kz.elicensing.application.ApplicationView;
import kz.elicensing.application.InboundMessage;
import kz.elicensing.application.IntakeService;
import kz.elicensing.application.MessageService;
import kz.elicensing.application.OutboundMessage;
import kz.elicensing.application.PayloadCodec;
import kz.elicensing.application.PaymentNotifications;
import kz.elicensing.application.SenderDirectory;
import kz.elicensing.application.ServiceIds;
import kz.elicensing.application.SignatureReports;
import kz.elicensing.application.StatusQuery;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.error.Messages;

/** Authenticates the sender, checks its right to the serviceId, and routes the message to its use case. */
@Stateless
public class DefaultMessageService implements MessageService {
    private static final Logger LOG = Logger.getLogger(DefaultMessageService.class.getName());
    private static final String SUCCESS = "SUCCESS";

    @Inject
    SenderDirectory senders;
    @Inject
    PayloadCodec codec;
    @EJB
    IntakeService intake;
    @EJB
    ApplicationQueries queries;
    @EJB
    PaymentNotifications payments;
    @Inject
    SignatureReports reports;
    @Inject
    Clock clock;

    @Override
    public OutboundMessage handle(InboundMessage message) {
        if (!senders.authenticate(message.senderId(), message.password())) {
            throw new ElicensingException(ErrorCode.SENDER_UNKNOWN, "unknown sender or wrong password: " + message.senderId());
        }
        if (!isKnownService(message.serviceId())) {
            throw new ElicensingException(ErrorCode.UNKNOWN_SERVICE, "unknown serviceId " + message.serviceId(),
                    message.serviceId());
        }
        if (!senders.mayCall(message.senderId(), message.serviceId())) {
            throw new ElicensingException(ErrorCode.SENDER_NOT_ALLOWED,
                    message.senderId() + " may not call " + message.serviceId(), message.serviceId());
        }
        if (message.payload() == null || message.payload().isBlank()) {
            throw new ElicensingException(ErrorCode.SCHEMA_VIOLATION, "requestData/data is empty");
        }
        Locale locale = Messages.locale(message.language());
        LOG.fine(() -> "messageId=" + message.messageId() + " serviceId=" + message.serviceId());
        return switch (message.serviceId()) {
            case ServiceIds.SUBMIT_APPLICATION -> submit(message, locale);
            case ServiceIds.GET_APPLICATION_STATUS -> status(message, locale);
            case ServiceIds.GET_RESULT -> new OutboundMessage(SUCCESS, Messages.text(locale, "answer.success"),
                    codec.writeResult(queries.result(codec.readResultQuery(message.payload()))));
            case ServiceIds.PAYMENT_NOTIFICATION -> paymentNotice(message, locale);
            case ServiceIds.VERIFY_DOCUMENT -> new OutboundMessage(SUCCESS, Messages.text(locale, "answer.success"),
                    reports.report(codec.readVerifyDocumentRequest(message.payload()).getBytes(StandardCharsets.UTF_8),
                            clock.instant()));
            default -> throw new IllegalStateException("unrouted service " + message.serviceId());
        };
    }

    private static boolean isKnownService(String serviceId) {
        return List.of(ServiceIds.SUBMIT_APPLICATION, ServiceIds.GET_APPLICATION_STATUS, ServiceIds.GET_RESULT,
                ServiceIds.PAYMENT_NOTIFICATION, ServiceIds.VERIFY_DOCUMENT).contains(serviceId);
    }

    private OutboundMessage submit(InboundMessage message, Locale locale) {
        ApplicationView view = intake.submit(message.senderId(), message.messageId(),
                message.payload().getBytes(StandardCharsets.UTF_8));
        String ru = Messages.ru("answer.registered", view.number(), view.deadline().toString());
        String kk = Messages.kk("answer.registered", view.number(), view.deadline().toString());
        return new OutboundMessage(SUCCESS, Messages.text(locale, "answer.registered", view.number(),
                view.deadline().toString()), codec.writeReceipt(view, ru, kk));
    }

    private OutboundMessage status(InboundMessage message, Locale locale) {
        StatusQuery query = codec.readStatusQuery(message.payload());
        String payload = query.applicationNumber() != null
                ? codec.writeStatus(queries.byNumber(query.applicationNumber()))
                : codec.writeStatusList(queries.byApplicant(query.applicantId()));
        return new OutboundMessage(SUCCESS, Messages.text(locale, "answer.success"), payload);
    }

    private OutboundMessage paymentNotice(InboundMessage message, Locale locale) {
        boolean fresh = payments.record(codec.readPaymentNotice(message.payload()));
        String key = fresh ? "answer.payment.recorded" : "answer.payment.known";
        return new OutboundMessage(SUCCESS, Messages.text(locale, key),
                codec.writeAcknowledgement(true, Messages.ru(key), Messages.kk(key)));
    }
}

package kz.elicensing.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
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
import kz.elicensing.application.ServiceIds;
import kz.elicensing.application.SignatureReports;
import kz.elicensing.application.StatusQuery;
import kz.elicensing.domain.error.Messages;

/** Routes an admitted message (see {@link DefaultMessageReceiver}) to its use case by serviceId. */
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
    @Inject
    SignatureReports reports;
    @Inject
    Clock clock;

    @Override
    public OutboundMessage handle(InboundMessage message) {
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

package kz.elicensing.shep.operation;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import kz.elicensing.application.intake.PaymentNotifications;
import kz.elicensing.contract.v1.PaymentNotice;
import kz.elicensing.domain.payment.PaymentRecord;
import kz.elicensing.shep.InboundMessage;
import kz.elicensing.shep.OperationAnswer;
import kz.elicensing.shep.ServiceId;
import kz.elicensing.shep.ShepOperation;

/** ELICENSE_PaymentNotification: the payment gateway announces a payment; recorded once, acknowledged every time. */
@ApplicationScoped
public class PaymentNotificationOperation implements ShepOperation {

    @EJB
    PaymentNotifications payments;

    @Override
    public ServiceId serviceId() {
        return ServiceId.PAYMENT_NOTIFICATION;
    }

    @Override
    public OperationAnswer handle(InboundMessage message, Locale locale) {
        PaymentNotice n = Payloads.read(message.payload(), PaymentNotice.class);
        boolean fresh = payments.record(new PaymentRecord(
                n.getReference(),
                n.getPayerId(),
                n.getAmount(),
                n.getBudgetCode(),
                n.getPaidAt().toGregorianCalendar().toInstant()));
        String key = fresh ? "answer.payment.recorded" : "answer.payment.known";
        return Payloads.success(locale, key, Payloads.acknowledgement(true, key), null);
    }
}

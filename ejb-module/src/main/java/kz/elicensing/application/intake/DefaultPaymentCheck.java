package kz.elicensing.application.intake;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import kz.elicensing.application.ops.LogSafe;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.payment.PaymentDue;
import kz.elicensing.domain.payment.PaymentGateway;
import kz.elicensing.domain.payment.PaymentNotice;
import kz.elicensing.domain.payment.PaymentNoticeRepository;
import kz.elicensing.domain.payment.PaymentRecord;
import kz.elicensing.domain.payment.PaymentRule;
import kz.elicensing.domain.payment.PaymentVerdict;

/**
 * Asks for the payment before registration, in a transaction of its own: the gateway call's evidence is kept even when
 * the application is then refused, and the evidence log's lock is not held through the registration.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DefaultPaymentCheck implements PaymentCheck {
    private static final Logger LOG = Logger.getLogger(DefaultPaymentCheck.class.getName());

    @Inject
    PaymentNoticeRepository notices;

    @Inject
    PaymentGateway gateway;

    @Override
    public PaymentVerdict check(String reference, PaymentDue due, String messageId) {
        Optional<PaymentRecord> payment = notices.byReference(reference).map(PaymentNotice::toRecord);
        if (payment.isEmpty()) {
            payment = ask(reference, messageId);
        }
        PaymentVerdict verdict = PaymentRule.verdict(payment, due);
        LOG.fine(() ->
                "payment " + LogSafe.of(reference) + ": " + (verdict.paid() ? "paid" : LogSafe.of(verdict.refusal())));
        return verdict;
    }

    /** The gateway's answer; whatever goes wrong there is UPSTREAM_UNAVAILABLE to the sender, never its own fault. */
    private Optional<PaymentRecord> ask(String reference, String messageId) {
        try {
            return gateway.findPayment(reference, messageId);
        } catch (ElicensingException e) {
            if (e.code() == ErrorCode.UPSTREAM_UNAVAILABLE) {
                throw e;
            }
            throw new ElicensingException(
                    ErrorCode.UPSTREAM_UNAVAILABLE, "payment gateway answer unusable: " + e.getMessage(), e);
        }
    }
}

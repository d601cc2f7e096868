package kz.elicensing.application.intake;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import kz.elicensing.application.ops.LogSafe;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.party.IdentificationNumber;
import kz.elicensing.domain.payment.PaymentNotice;
import kz.elicensing.domain.payment.PaymentNoticeRepository;
import kz.elicensing.domain.payment.PaymentRecord;

/**
 * Keeps payment notices from the payment gateway, once per reference: a notice resent under a new messageId is known
 * already; two arriving at once collide on the reference's unique key, and the receiver runs the loser again.
 */
@Stateless
public class DefaultPaymentNotifications implements PaymentNotifications {
    private static final Logger LOG = Logger.getLogger(DefaultPaymentNotifications.class.getName());

    @Inject
    PaymentNoticeRepository notices;

    @Inject
    Clock clock;

    @Override
    public boolean record(PaymentRecord payment) {
        if (!IdentificationNumber.hasValidCheckDigit(payment.payerId())) {
            throw new ElicensingException(
                    ErrorCode.INVALID_IIN, "payer is not an IIN/BIN: " + payment.payerId(), payment.payerId());
        }
        Optional<PaymentNotice> known = notices.byReference(payment.reference());
        if (known.isPresent()) {
            PaymentRecord first = known.get().toRecord();
            if (!first.payerId().equals(payment.payerId()) || first.amount().compareTo(payment.amount()) != 0) {
                LOG.warning(() -> "payment " + LogSafe.of(payment.reference())
                        + " announced again with another payer or amount;" + " the first notice stands");
            }
            return false;
        }
        notices.add(new PaymentNotice(payment, clock.instant()));
        return true;
    }
}

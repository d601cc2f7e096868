package kz.elicensing.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import kz.elicensing.application.PaymentNotifications;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.party.IdentificationNumber;
import kz.elicensing.domain.payment.PaymentNotice;
import kz.elicensing.domain.payment.PaymentNoticeRepository;
import kz.elicensing.domain.payment.PaymentRecord;

/** Keeps payment notices from the payment gateway, once per reference. */
@Stateless
public class DefaultPaymentNotifications implements PaymentNotifications {

    @Inject
    PaymentNoticeRepository notices;
    @Inject
    Clock clock;

    @Override
    public boolean record(PaymentRecord payment) {
        if (!IdentificationNumber.hasValidCheckDigit(payment.payerId())) {
            throw new ElicensingException(ErrorCode.INVALID_IIN,
                    "payer is not an IIN/BIN: " + payment.payerId(), payment.payerId());
        }
        if (notices.byReference(payment.reference()).isPresent()) {
            return false;
        }
        notices.add(new PaymentNotice(payment, clock.instant()));
        return true;
    }
}

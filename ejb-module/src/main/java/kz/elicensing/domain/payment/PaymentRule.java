package kz.elicensing.domain.payment;

import java.math.BigDecimal;
import java.util.Optional;
import kz.elicensing.domain.error.ErrorCode;

/** Whether a payment covers a fee: none is PAYMENT_NOT_FOUND, less than the fee PAYMENT_AMOUNT_MISMATCH. */
public final class PaymentRule {

    private PaymentRule() {}

    public static PaymentVerdict verdict(Optional<PaymentRecord> payment, BigDecimal fee) {
        if (payment.isEmpty()) {
            return new PaymentVerdict(null, ErrorCode.PAYMENT_NOT_FOUND);
        }
        if (payment.get().amount() == null || payment.get().amount().compareTo(fee) < 0) {
            return new PaymentVerdict(payment.get(), ErrorCode.PAYMENT_AMOUNT_MISMATCH);
        }
        return new PaymentVerdict(payment.get(), null);
    }
}

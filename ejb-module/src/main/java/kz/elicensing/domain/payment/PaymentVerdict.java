package kz.elicensing.domain.payment;

import kz.elicensing.domain.error.ErrorCode;

/** The answer of the payment check: the payment found and the refusal code when it does not cover the fee. */
public record PaymentVerdict(PaymentRecord payment, ErrorCode refusal) {

    /** True when a payment of at least the fee was found. */
    public boolean paid() {
        return refusal == null;
    }
}

package kz.elicensing.application.intake;

import kz.elicensing.domain.payment.PaymentDue;
import kz.elicensing.domain.payment.PaymentVerdict;

/** Condition 2 of channel 1: the fee was paid, asked before the application is registered (Reg. 000 §2.2(7)). */
public interface PaymentCheck {

    /**
     * The verdict on the payment with this reference against what is due (payer, fee, budget code; {@link
     * kz.elicensing.domain.payment.PaymentRule}): paid, or the code of the first mismatch. The payment gateway is
     * asked (through ShEP, under {@code messageId}) only when its notice has not reached E-licensing yet;
     * {@code UPSTREAM_UNAVAILABLE} when it cannot answer, so the sender sends the application again later.
     */
    PaymentVerdict check(String reference, PaymentDue due, String messageId);
}

package kz.elicensing.application.intake;

import kz.elicensing.domain.payment.PaymentRecord;

/** Payments announced by the payment gateway. */
public interface PaymentNotifications {

    /** Records the payment once per reference; returns false when it was already known. */
    boolean record(PaymentRecord payment);
}

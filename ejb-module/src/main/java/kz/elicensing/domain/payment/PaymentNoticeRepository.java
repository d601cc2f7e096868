package kz.elicensing.domain.payment;

import java.util.Optional;

/** Payments the payment gateway announced. */
public interface PaymentNoticeRepository {

    Optional<PaymentNotice> byReference(String reference);

    void add(PaymentNotice notice);
}

package kz.elicensing.domain.payment;

import java.util.Optional;

/** Port to the e-government payment gateway (PShEP), reached through ShEP. */
public interface PaymentGateway {

    /** The payment with this reference, if the gateway knows it; {@code UPSTREAM_UNAVAILABLE} when it cannot answer. */
    Optional<PaymentRecord> findPayment(String reference, String messageId);
}

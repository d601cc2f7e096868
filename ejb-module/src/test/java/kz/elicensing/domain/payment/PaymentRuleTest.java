package kz.elicensing.domain.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import kz.elicensing.application.intake.ApplicationRegistration;
import kz.elicensing.domain.error.ErrorCode;
import org.junit.jupiter.api.Test;

/** Condition 2 of channel 1: the payment before registration (Reg. 000 §2.2(7)-(8)). */
class PaymentRuleTest {
    private static final BigDecimal FEE = new BigDecimal("19660.00");

    private static Optional<PaymentRecord> paid(String amount) {
        return Optional.of(new PaymentRecord(
                "PAY-1", "150140000012", new BigDecimal(amount), "217103", Instant.parse("2026-11-20T05:00:00Z")));
    }

    @Test
    void noPaymentIsRefusedAsNotFound() {
        PaymentVerdict verdict = PaymentRule.verdict(Optional.empty(), FEE);
        assertFalse(verdict.paid());
        assertEquals(ErrorCode.PAYMENT_NOT_FOUND, verdict.refusal());
    }

    @Test
    void lessThanTheFeeIsRefusedAsAmountMismatch() {
        PaymentVerdict verdict = PaymentRule.verdict(paid("19659.99"), FEE);
        assertEquals(ErrorCode.PAYMENT_AMOUNT_MISMATCH, verdict.refusal());
    }

    @Test
    void theFeeOrMoreIsPaid() {
        assertTrue(PaymentRule.verdict(paid("19660"), FEE).paid());
        assertTrue(PaymentRule.verdict(paid("20000.00"), FEE).paid());
    }

    @Test
    void everyResendOfAMessageAsksTheGatewayUnderOneMessageId() {
        String first = ApplicationRegistration.paymentMessageId("PORTAL", "m-1");
        assertEquals(first, ApplicationRegistration.paymentMessageId("PORTAL", "m-1"));
        assertNotEquals(first, ApplicationRegistration.paymentMessageId("PORTAL", "m-2"));
        assertNotEquals(first, ApplicationRegistration.paymentMessageId("PEP", "m-1"));
    }
}

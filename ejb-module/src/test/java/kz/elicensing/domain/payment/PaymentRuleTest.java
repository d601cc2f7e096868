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

    private static final String APPLICANT = "150140000012";
    private static final PaymentDue DUE = new PaymentDue(APPLICANT, FEE, "105402");

    private static Optional<PaymentRecord> paid(String payer, String amount, String budgetCode) {
        return Optional.of(new PaymentRecord(
                "PAY-1", payer, new BigDecimal(amount), budgetCode, Instant.parse("2026-11-20T05:00:00Z")));
    }

    private static Optional<PaymentRecord> paid(String amount) {
        return paid(APPLICANT, amount, "105402");
    }

    @Test
    void noPaymentIsRefusedAsNotFound() {
        PaymentVerdict verdict = PaymentRule.verdict(Optional.empty(), DUE);
        assertFalse(verdict.paid());
        assertEquals(ErrorCode.PAYMENT_NOT_FOUND, verdict.refusal());
    }

    @Test
    void anotherAmountThanTheCatalogsFeeIsRefusedAsAmountMismatch() {
        assertEquals(
                ErrorCode.PAYMENT_AMOUNT_MISMATCH,
                PaymentRule.verdict(paid("19659.99"), DUE).refusal());
        assertEquals(
                ErrorCode.PAYMENT_AMOUNT_MISMATCH,
                PaymentRule.verdict(paid("20000.00"), DUE).refusal());
    }

    @Test
    void theFeeByTheApplicantToTheBudgetCodeIsPaid() {
        assertTrue(PaymentRule.verdict(paid("19660"), DUE).paid(), "19660 is 19660.00");
        assertTrue(PaymentRule.verdict(paid("19660.00"), DUE).paid());
    }

    @Test
    void aPaymentByAnotherPayerIsRefusedAsPayerMismatch() {
        PaymentVerdict verdict = PaymentRule.verdict(paid("990101300122", "19660.00", "105402"), DUE);
        assertEquals(ErrorCode.PAYMENT_PAYER_MISMATCH, verdict.refusal());
        assertEquals(
                ErrorCode.PAYMENT_PAYER_MISMATCH,
                PaymentRule.verdict(paid(null, "19660.00", "105402"), DUE).refusal(),
                "a payment without its payer is not the applicant's");
    }

    @Test
    void aPaymentToAnotherBudgetCodeIsRefusedAsBudgetCodeMismatch() {
        assertEquals(
                ErrorCode.PAYMENT_BUDGET_CODE_MISMATCH,
                PaymentRule.verdict(paid(APPLICANT, "19660.00", "105429"), DUE).refusal());
        assertEquals(
                ErrorCode.PAYMENT_BUDGET_CODE_MISMATCH,
                PaymentRule.verdict(paid(APPLICANT, "19660.00", null), DUE).refusal());
        assertTrue(
                PaymentRule.verdict(paid(APPLICANT, "19660.00", "105429"), new PaymentDue(APPLICANT, FEE, null))
                        .paid(),
                "a catalog without a budget code takes any");
    }

    @Test
    void eachMismatchIsReportedInTheRulesOrderPayerAmountBudgetCode() {
        assertEquals(
                ErrorCode.PAYMENT_PAYER_MISMATCH,
                PaymentRule.verdict(paid("990101300122", "1.00", "105429"), DUE).refusal());
        assertEquals(
                ErrorCode.PAYMENT_AMOUNT_MISMATCH,
                PaymentRule.verdict(paid(APPLICANT, "1.00", "105429"), DUE).refusal());
    }

    @Test
    void aReferenceAnotherApplicationWasPaidByIsAlreadyUsed() {
        assertEquals(ErrorCode.PAYMENT_ALREADY_USED, PaymentRule.alreadyUsed(Optional.of("EL-2026-00000001")));
        assertEquals(null, PaymentRule.alreadyUsed(Optional.empty()));
    }

    @Test
    void aScannedReceiptMustStateTheFee() {
        assertEquals(null, PaymentRule.receipt(new BigDecimal("19660"), DUE));
        assertEquals(ErrorCode.PAYMENT_AMOUNT_MISMATCH, PaymentRule.receipt(new BigDecimal("100"), DUE));
    }

    @Test
    void everyResendOfAMessageAsksTheGatewayUnderOneMessageId() {
        String first = ApplicationRegistration.paymentMessageId("PORTAL", "m-1");
        assertEquals(first, ApplicationRegistration.paymentMessageId("PORTAL", "m-1"));
        assertNotEquals(first, ApplicationRegistration.paymentMessageId("PORTAL", "m-2"));
        assertNotEquals(first, ApplicationRegistration.paymentMessageId("PEP", "m-1"));
    }
}

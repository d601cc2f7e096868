package kz.elicensing.domain.payment;

import java.math.BigDecimal;
import java.util.Optional;
import kz.elicensing.domain.error.ErrorCode;

/**
 * Condition 2 of the regulations (Reg. 000 §2.2(7)): whether the payment the payment gateway knows pays for this
 * application. Each failure has its own code, checked in this order: none is PAYMENT_NOT_FOUND; another payer than the
 * applicant PAYMENT_PAYER_MISMATCH; another amount than the catalog's fee PAYMENT_AMOUNT_MISMATCH; another budget code
 * than the catalog's PAYMENT_BUDGET_CODE_MISMATCH. A payment already used by another application is
 * PAYMENT_ALREADY_USED ({@link #alreadyUsed}).
 */
public final class PaymentRule {

    private PaymentRule() {}

    /** The verdict on the payment the gateway answered (empty: it knows none) against what is due. */
    public static PaymentVerdict verdict(Optional<PaymentRecord> payment, PaymentDue due) {
        if (payment.isEmpty()) {
            return new PaymentVerdict(null, ErrorCode.PAYMENT_NOT_FOUND);
        }
        PaymentRecord p = payment.get();
        if (p.payerId() == null || !p.payerId().strip().equals(due.applicantId())) {
            return new PaymentVerdict(p, ErrorCode.PAYMENT_PAYER_MISMATCH);
        }
        if (p.amount() == null || p.amount().compareTo(due.fee()) != 0) {
            return new PaymentVerdict(p, ErrorCode.PAYMENT_AMOUNT_MISMATCH);
        }
        if (due.budgetCode() != null
                && (p.budgetCode() == null || !p.budgetCode().strip().equals(due.budgetCode()))) {
            return new PaymentVerdict(p, ErrorCode.PAYMENT_BUDGET_CODE_MISMATCH);
        }
        return new PaymentVerdict(p, null);
    }

    /**
     * A payment reference another application was paid by (its number, empty when none) refuses the application with
     * PAYMENT_ALREADY_USED; null when the reference is free.
     */
    public static ErrorCode alreadyUsed(Optional<String> usedBy) {
        return usedBy.isPresent() ? ErrorCode.PAYMENT_ALREADY_USED : null;
    }

    /** A scanned receipt (Reg. 000 §2.2(6)) is not checked at the gateway: it shows the fee and the officer confirms it. */
    public static ErrorCode receipt(BigDecimal statedAmount, PaymentDue due) {
        return statedAmount == null || statedAmount.compareTo(due.fee()) != 0
                ? ErrorCode.PAYMENT_AMOUNT_MISMATCH
                : null;
    }
}

package kz.elicensing.domain.payment;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a payment must be to pay for one application: paid by the applicant (IIN/BIN), the catalog's fee of the service
 * and operation, to the catalog's budget code (null: the catalog sets none, any is taken).
 */
public record PaymentDue(String applicantId, BigDecimal fee, String budgetCode) {
    public PaymentDue {
        Objects.requireNonNull(applicantId, "applicantId");
        Objects.requireNonNull(fee, "fee");
    }
}

package kz.elicensing.domain.payment;

import java.math.BigDecimal;
import java.time.Instant;

/** A payment the payment gateway announced to E-licensing (ELICENSE_PaymentNotification); kept once per reference. */
public class PaymentNotice {
    private Long id;
    private String reference;
    private String payerId;
    private BigDecimal amount;
    private String budgetCode;
    private Instant paidAt;
    private Instant receivedAt;

    protected PaymentNotice() {}

    public PaymentNotice(PaymentRecord record, Instant receivedAt) {
        this.reference = record.reference();
        this.payerId = record.payerId();
        this.amount = record.amount();
        this.budgetCode = record.budgetCode();
        this.paidAt = record.paidAt();
        this.receivedAt = receivedAt;
    }

    public PaymentRecord toRecord() {
        return new PaymentRecord(reference, payerId, amount, budgetCode, paidAt);
    }

    public String reference() {
        return reference;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Long id() {
        return id;
    }
}

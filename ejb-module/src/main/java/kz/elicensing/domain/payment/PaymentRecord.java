package kz.elicensing.domain.payment;

import java.math.BigDecimal;
import java.time.Instant;

/** A fee payment as the payment gateway knows it. */
public record PaymentRecord(String reference, String payerId, BigDecimal amount, String budgetCode, Instant paidAt) {}

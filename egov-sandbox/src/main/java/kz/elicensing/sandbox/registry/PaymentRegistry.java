package kz.elicensing.sandbox.registry;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import kz.elicensing.sandbox.pki.DemoIdentities;

/** In-memory payment gateway: payment reference to payer, amount, budget code and payment time. */
public final class PaymentRegistry {

    /** Budget classification code used for license fees in the sandbox. */
    public static final String LICENSE_FEE_BUDGET_CODE = "105402";
    /** The license fee the seed payments carry (KZT). */
    public static final BigDecimal DEMO_AMOUNT = new BigDecimal("19660.00");
    /** Kazakhstan's time zone offset used for payment times. */
    public static final ZoneOffset KZ_OFFSET = ZoneOffset.ofHours(5);

    /** One payment. */
    public record Payment(
            String reference, String payerId, BigDecimal amount, String budgetCode, OffsetDateTime paidAt) {
        public Payment {
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(payerId, "payerId");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(paidAt, "paidAt");
        }
    }

    private final Map<String, Payment> byReference = new ConcurrentHashMap<>();

    /** A registry with the seed payments PAY-DEMO-0001..0020 (payer 150140000012, 19660.00). */
    public PaymentRegistry() {
        reset();
    }

    /** Forgets all changes and restores the seed payments. */
    public void reset() {
        byReference.clear();
        OffsetDateTime paidAt = now().minusDays(1);
        for (int i = 1; i <= 20; i++) {
            String ref = String.format("PAY-DEMO-%04d", i);
            put(new Payment(ref, DemoIdentities.COMPANY_BIN, DEMO_AMOUNT, LICENSE_FEE_BUDGET_CODE, paidAt));
        }
    }

    /** Records a payment made now with the license-fee budget code (replaces one with the same reference). */
    public Payment pay(String reference, String payerId, BigDecimal amount) {
        Payment p = new Payment(reference, payerId, amount, LICENSE_FEE_BUDGET_CODE, now());
        put(p);
        return p;
    }

    /**
     * Records a payment made now to the given budget code (replaces one with the same reference): a payment by another
     * payer or to another budget code than the catalog's lets tests show each refusal of condition 2.
     */
    public Payment pay(String reference, String payerId, BigDecimal amount, String budgetCode) {
        Payment p = new Payment(reference, payerId, amount, budgetCode, now());
        put(p);
        return p;
    }

    /** Registers or replaces a payment. */
    public void put(Payment payment) {
        byReference.put(payment.reference(), payment);
    }

    /** The payment with this reference, if any. */
    public Optional<Payment> find(String reference) {
        return reference == null ? Optional.empty() : Optional.ofNullable(byReference.get(reference));
    }

    /** Removes a payment; true if it was there. */
    public boolean remove(String reference) {
        return byReference.remove(reference) != null;
    }

    /** All payments. */
    public List<Payment> all() {
        return new ArrayList<>(byReference.values());
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(KZ_OFFSET).truncatedTo(ChronoUnit.SECONDS);
    }
}

package kz.elicensing.domain.licence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Who changes a license, when and why: the actor, the basis (an officer, a court, an authority), the reason, and for a
 * court or authority the decision's number, date and issuing body (all required then).
 */
public record LicenseChange(
        Instant at,
        DecisionBasis basis,
        String actor,
        String reason,
        String decisionNumber,
        LocalDate decisionDate,
        String decisionBody) {

    public LicenseChange {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(basis, "basis");
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("a registry change names who made it");
        }
    }

    /** True when the change carries what the law asks of it: a reason, and for a court/authority its decision. */
    public boolean complete() {
        boolean reasoned = reason != null && !reason.isBlank();
        if (basis == DecisionBasis.COURT || basis == DecisionBasis.AUTHORITY) {
            return reasoned
                    && decisionNumber != null
                    && !decisionNumber.isBlank()
                    && decisionDate != null
                    && decisionBody != null
                    && !decisionBody.isBlank();
        }
        return basis == DecisionBasis.SYSTEM || reasoned;
    }

    /** The same change, made at {@code when} (the registry stamps the time itself). */
    public LicenseChange at(Instant when) {
        return new LicenseChange(when, basis, actor, reason, decisionNumber, decisionDate, decisionBody);
    }

    public static LicenseChange system(Instant at, String note) {
        return new LicenseChange(at, DecisionBasis.SYSTEM, "E-licensing", note, null, null, null);
    }
}

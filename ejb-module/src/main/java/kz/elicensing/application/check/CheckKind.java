package kz.elicensing.application.check;

import java.util.Optional;
import kz.elicensing.domain.catalog.RegistryKind;

/** The gateway calls of the outbox: the checks an application waits for after registration, and the portal notices. */
public enum CheckKind {
    /** The applicant in the legal-entities registry (GbdulInfoByBin_v2). */
    LEGAL_ENTITY_REGISTRY,
    /** The fee at the payment gateway (PEP_PaymentCheck). */
    PAYMENT,
    // walk-in / GBD FL: the individuals registry
    /** The applicant in the individuals registry (GBDFL_UniversalServiceSync). */
    INDIVIDUAL_REGISTRY,
    /**
     * Not a check: a notice to the applicant through the portal (PORTAL_Notification). Nothing waits for it; it is
     * retried until the portal has it and never moves the application.
     */
    PORTAL_NOTIFICATION;

    /** The check that asks this registry (already resolved for the applicant's kind), or empty for {@link RegistryKind#NONE}. */
    public static Optional<CheckKind> forRegistry(RegistryKind registry) {
        return switch (registry) {
            case GBD_FL -> Optional.of(INDIVIDUAL_REGISTRY);
            case GBD_UL -> Optional.of(LEGAL_ENTITY_REGISTRY);
            case NONE -> Optional.empty();
            case BY_APPLICANT ->
                throw new IllegalArgumentException("resolve BY_APPLICANT with forApplicant(kind) first");
        };
    }
}

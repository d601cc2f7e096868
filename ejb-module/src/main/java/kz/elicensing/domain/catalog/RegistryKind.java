package kz.elicensing.domain.catalog;

import kz.elicensing.domain.party.ApplicantKind;

/** Which state registry confirms a service's applicant (catalog column license_service.registry). */
public enum RegistryKind {
    /** The individuals registry (GBD FL), by IIN. */
    GBD_FL,
    /** The legal entities registry (GBD UL), by BIN. */
    GBD_UL,
    /** GBD FL for an individual applicant, GBD UL for a legal entity. */
    BY_APPLICANT,
    /** No registry is asked. */
    NONE;

    /** The registry to ask for an applicant of this kind, or {@link #NONE}. */
    public RegistryKind forApplicant(ApplicantKind kind) {
        if (this != BY_APPLICANT) {
            return this;
        }
        return kind == ApplicantKind.INDIVIDUAL ? GBD_FL : GBD_UL;
    }
}

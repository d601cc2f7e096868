package kz.elicensing.domain.party;

/** Who may apply for a service: an individual (IIN) or a legal entity (BIN). */
public enum ApplicantKind {
    INDIVIDUAL,
    LEGAL_ENTITY
}

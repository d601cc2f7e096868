package kz.elicensing.domain.licence;

/** On whose decision a registry change is made. */
public enum DecisionBasis {
    /** E-licensing itself (issue, re-issue, duplicate). */
    SYSTEM,
    /** An authorized officer of the licensor. */
    OFFICER,
    /** A court decision. */
    COURT,
    /** A decision of another state authority. */
    AUTHORITY
}

package kz.elicensing.domain.application;

/** How an application reached E-licensing: signed by the applicant through the portal, or registered by an officer. */
public enum Channel {
    /** Channel 1: the applicant's signed application through the portal (ShEP). */
    PORTAL,
    /** Channel 2: an officer of the provider registered a walk-in applicant's paper application. */
    OFFICER
}

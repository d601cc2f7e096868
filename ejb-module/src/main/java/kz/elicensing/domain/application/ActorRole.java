package kz.elicensing.domain.application;

/** Who made a step of an application's history. */
public enum ActorRole {
    APPLICANT,
    SYSTEM,
    OFFICER
}

package kz.elicensing.domain.application;

/** An answer of the quality questionnaire (appendix 3 of Reg. 002 and 004). */
public enum SatisfactionLevel {
    NOT_SATISFIED,
    PARTLY_SATISFIED,
    SATISFIED
}

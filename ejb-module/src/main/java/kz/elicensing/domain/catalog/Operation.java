package kz.elicensing.domain.catalog;

/** The three operations of every license service. */
public enum Operation {
    ISSUE,
    REISSUE,
    DUPLICATE
}

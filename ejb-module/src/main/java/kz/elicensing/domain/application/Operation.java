package kz.elicensing.domain.application;

/** The three operations of every license service. */
public enum Operation { ISSUE, REISSUE, DUPLICATE }

package kz.elicensing.application;

/** A status question: by application number, or all applications of an IIN/BIN. */
public record StatusQuery(String applicationNumber, String applicantId) {
}

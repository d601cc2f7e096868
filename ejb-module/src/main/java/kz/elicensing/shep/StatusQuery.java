package kz.elicensing.shep;

/** A status question: by application number, or all applications of an IIN/BIN. */
public record StatusQuery(String applicationNumber, String applicantId) {
}

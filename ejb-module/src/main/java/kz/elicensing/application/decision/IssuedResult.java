package kz.elicensing.application.decision;

/**
 * A signed result issued: the application, the result's kind, the application's status now (ISSUED, REFUSED), the
 * license's or order's number (null for a refusal), and the authorized person who signed it. For the head's registry
 * act (kind LICENSE_ACT): the license's number (as number and resultNumber) and its status now.
 */
public record IssuedResult(
        String number, String kind, String status, String resultNumber, String signerName, String signerIin) {}

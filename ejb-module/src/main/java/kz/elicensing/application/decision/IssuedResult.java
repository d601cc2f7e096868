package kz.elicensing.application.decision;

/** A signed result issued: the application, its kind, the license's or order's number (null for a refusal), the signer. */
public record IssuedResult(String number, String kind, String resultNumber, String signerName, String signerIin) {}

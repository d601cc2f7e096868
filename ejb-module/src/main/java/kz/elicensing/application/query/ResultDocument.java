package kz.elicensing.application.query;

/** The signed result of an application (LICENSE or REFUSAL), exactly as signed. */
public record ResultDocument(String applicationNumber, String kind, byte[] signedDocument) {}

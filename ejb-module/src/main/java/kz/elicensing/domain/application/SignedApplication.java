package kz.elicensing.domain.application;

/** A verified application: its form, the signed original bytes, and the validation report. */
public record SignedApplication(ApplicationForm form, byte[] signedBytes, String validationReport) {}

package kz.elicensing.application;

/** What intake made of a signed application: the application and the validation report of this submission. */
public record Registration(ApplicationView application, String validationReport) {
}

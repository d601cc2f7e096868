package kz.elicensing.application.intake;

import kz.elicensing.application.query.ApplicationView;
import kz.elicensing.domain.error.ErrorCode;

/**
 * What intake did with a signed application: registered it (the application), or refused it before registration with
 * a business code (no payment, short payment; nothing stored); the signature's validation report either way.
 */
public record Registration(ApplicationView application, String validationReport, ErrorCode refusal) {

    public Registration(ApplicationView application, String validationReport) {
        this(application, validationReport, null);
    }

    /** Refused before registration: the message is answered with this code, no application exists. */
    public static Registration refused(ErrorCode refusal, String validationReport) {
        return new Registration(null, validationReport, refusal);
    }

    public boolean registered() {
        return refusal == null;
    }
}

package kz.elicensing.domain.application;

import kz.elicensing.domain.application.ApplicationForm;
import kz.elicensing.domain.catalog.LicenseService;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;

/** The intake conditions a verified form must meet against its catalog entry before it is stored. */
public final class IntakeRules {

    public void check(ApplicationForm form, LicenseService service) {
        if (!service.accepts(form.applicantKind())) {
            throw new ElicensingException(ErrorCode.OPERATION_NOT_ALLOWED,
                    service.code() + " is for " + service.applicantKinds() + ", not " + form.applicantKind());
        }
        new SignerRule().check(form, service.signedByHead());
    }
}

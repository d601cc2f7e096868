package kz.elicensing.domain.application;

import kz.elicensing.domain.catalog.LicenseService;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.party.ApplicantKind;

/** The intake conditions a verified form must meet against its catalog entry before it is stored. */
public final class IntakeRules {

    /** A signed form: the service takes this kind of applicant, and the signer is the one the service requires. */
    public void check(ApplicationForm form, LicenseService service) {
        checkApplicantKind(form.applicantKind(), service);
        new SignerRule().check(form, service.signedByHead());
    }

    /** Any channel: the service takes this kind of applicant (individual or legal entity). */
    public void checkApplicantKind(ApplicantKind kind, LicenseService service) {
        if (!service.accepts(kind)) {
            throw new ElicensingException(
                    ErrorCode.OPERATION_NOT_ALLOWED,
                    service.code() + " is for " + service.applicantKinds() + ", not " + kind);
        }
    }
}

package kz.elicensing.domain.licence;

import java.util.Optional;
import kz.elicensing.domain.application.ApplicationForm;
import kz.elicensing.domain.catalog.Operation;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;

/**
 * A re-issue or duplicate needs a base license in force of the same holder and service: one that is suspended,
 * replaced by a re-issue or terminated, or another holder's, is OPERATION_NOT_ALLOWED; an unknown one LICENSE_NOT_FOUND.
 */
public final class BaseLicenseRule {

    private BaseLicenseRule() {}

    /** The base license number the form must name (null for an issue); refuses a missing or malformed one. */
    public static String required(ApplicationForm form) {
        if (form.operation() == Operation.ISSUE) {
            return null;
        }
        String number =
                form.baseLicenseNumber() == null ? "" : form.baseLicenseNumber().strip();
        if (number.isEmpty()) {
            throw ElicensingException.withMessage(
                    ErrorCode.SCHEMA_VIOLATION,
                    "error.BASE_LICENSE_REQUIRED",
                    form.operation() + " without baseLicenseNumber");
        }
        if (!LicenseNumber.isValid(number)) {
            throw new ElicensingException(ErrorCode.LICENSE_NOT_FOUND, "not a license number: " + number, number);
        }
        return number;
    }

    public static void check(ApplicationForm form, Optional<License> found) {
        String number = required(form);
        if (number == null) {
            return;
        }
        License base = found.orElseThrow(
                () -> new ElicensingException(ErrorCode.LICENSE_NOT_FOUND, "no license " + number, number));
        if (!base.holderId().equals(form.applicantId())) {
            throw ElicensingException.withMessage(
                    ErrorCode.OPERATION_NOT_ALLOWED,
                    "error.BASE_LICENSE_NOT_YOURS",
                    number + " is held by " + base.holderId() + ", not " + form.applicantId(),
                    number);
        }
        if (!base.serviceCode().equals(form.serviceCode())) {
            throw ElicensingException.withMessage(
                    ErrorCode.OPERATION_NOT_ALLOWED,
                    "error.BASE_LICENSE_OTHER_SERVICE",
                    number + " is a " + base.serviceCode() + " license, not " + form.serviceCode(),
                    number);
        }
        if (!base.status().inForce()) {
            throw ElicensingException.withMessage(
                    ErrorCode.OPERATION_NOT_ALLOWED,
                    "error.LICENSE_STATE_" + base.status().name(),
                    number + " is " + base.status(),
                    number);
        }
    }
}

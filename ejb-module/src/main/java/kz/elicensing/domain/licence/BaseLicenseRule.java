package kz.elicensing.domain.licence;

import java.util.Optional;
import kz.elicensing.domain.application.ApplicationForm;
import kz.elicensing.domain.application.LicenseApplication;
import kz.elicensing.domain.application.Reorganisation;
import kz.elicensing.domain.catalog.Operation;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.party.ApplicantKind;

/**
 * A re-issue or duplicate needs a base license in force of the same holder and service: one that is suspended,
 * replaced by a re-issue or terminated, or another holder's, is OPERATION_NOT_ALLOWED; an unknown one LICENSE_NOT_FOUND.
 * One exception, the Law's reorganisation cases: a re-issue whose form names the reorganisation (merger, accession,
 * transformation, division, spin-off) may be asked by a legal entity with another BIN, the holder's successor.
 */
public final class BaseLicenseRule {

    private BaseLicenseRule() {}

    /** What a re-issue or duplicate says about its base: who asks, for which service, and the reorganisation named. */
    public record Claim(
            Operation operation,
            String baseLicenseNumber,
            String serviceCode,
            ApplicantKind applicantKind,
            String applicantId,
            Reorganisation reorganisation) {

        public static Claim of(ApplicationForm form) {
            return new Claim(
                    form.operation(),
                    form.baseLicenseNumber(),
                    form.serviceCode(),
                    form.applicantKind(),
                    form.applicantId(),
                    form.reorganisation());
        }

        public static Claim of(LicenseApplication application) {
            return new Claim(
                    application.operation(),
                    application.baseLicenseNumber(),
                    application.serviceCode(),
                    application.applicantKind(),
                    application.applicantId(),
                    application.reorganisation());
        }
    }

    /** The base license number the form must name (null for an issue); refuses a missing or malformed one. */
    public static String required(ApplicationForm form) {
        return required(Claim.of(form));
    }

    /** The base license number the claim must name (null for an issue); refuses a missing or malformed one. */
    public static String required(Claim claim) {
        if (claim.operation() == Operation.ISSUE) {
            if (claim.reorganisation() != null) {
                throw ElicensingException.withMessage(
                        ErrorCode.SCHEMA_VIOLATION,
                        "error.REORGANISATION_NOT_REISSUE",
                        "a reorganisation is named only on a re-issue, not on " + claim.operation());
            }
            return null;
        }
        String number = claim.baseLicenseNumber() == null
                ? ""
                : claim.baseLicenseNumber().strip();
        if (number.isEmpty()) {
            throw ElicensingException.withMessage(
                    ErrorCode.SCHEMA_VIOLATION,
                    "error.BASE_LICENSE_REQUIRED",
                    claim.operation() + " without baseLicenseNumber");
        }
        if (!LicenseNumber.isValid(number)) {
            throw new ElicensingException(ErrorCode.LICENSE_NOT_FOUND, "not a license number: " + number, number);
        }
        if (claim.reorganisation() != null && claim.operation() != Operation.REISSUE) {
            throw ElicensingException.withMessage(
                    ErrorCode.SCHEMA_VIOLATION,
                    "error.REORGANISATION_NOT_REISSUE",
                    "a reorganisation is named only on a re-issue, not on " + claim.operation());
        }
        return number;
    }

    public static void check(ApplicationForm form, Optional<License> found) {
        check(Claim.of(form), found);
    }

    /** Checks the claim against the base license found (empty: none with that number). */
    public static void check(Claim claim, Optional<License> found) {
        String number = required(claim);
        if (number == null) {
            return;
        }
        License base = found.orElseThrow(
                () -> new ElicensingException(ErrorCode.LICENSE_NOT_FOUND, "no license " + number, number));
        if (!base.holderId().equals(claim.applicantId()) && !successor(claim)) {
            throw ElicensingException.withMessage(
                    ErrorCode.OPERATION_NOT_ALLOWED,
                    "error.BASE_LICENSE_NOT_YOURS",
                    number + " is held by " + base.holderId() + ", not " + claim.applicantId(),
                    number);
        }
        if (!base.serviceCode().equals(claim.serviceCode())) {
            throw ElicensingException.withMessage(
                    ErrorCode.OPERATION_NOT_ALLOWED,
                    "error.BASE_LICENSE_OTHER_SERVICE",
                    number + " is a " + base.serviceCode() + " license, not " + claim.serviceCode(),
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

    /** A legal entity's re-issue naming a reorganisation: the applicant is taken as the holder's successor. */
    private static boolean successor(Claim claim) {
        return claim.operation() == Operation.REISSUE
                && claim.reorganisation() != null
                && claim.applicantKind() == ApplicantKind.LEGAL_ENTITY;
    }
}

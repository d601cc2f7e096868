package kz.elicensing.domain.officer;

import kz.elicensing.domain.application.LicenseApplication;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;

/**
 * Who may give an application to whom: only the head of the office, only an application of their own provider, only
 * to an officer of that same provider (or back to nobody).
 */
public final class Assignment {
    private Assignment() {}

    /** Refuses the assignment of {@code application} by {@code head} to {@code target} (null: unassign) when not allowed. */
    public static void check(Officer head, Officer target, LicenseApplication application) {
        if (!head.isHead()) {
            throw new ElicensingException(
                    ErrorCode.OFFICER_NOT_ALLOWED,
                    head.username() + " is not the head of the office and may not assign applications");
        }
        if (!head.providerCode().equals(application.providerCode())) {
            throw new ElicensingException(
                    ErrorCode.APPLICATION_NOT_FOUND,
                    "no application " + application.number() + " of " + head.providerCode(),
                    application.number());
        }
        if (target != null && !head.providerCode().equals(target.providerCode())) {
            throw new ElicensingException(
                    ErrorCode.OFFICER_NOT_ALLOWED,
                    target.username() + " is an officer of " + target.providerCode() + ", not of "
                            + head.providerCode());
        }
    }
}

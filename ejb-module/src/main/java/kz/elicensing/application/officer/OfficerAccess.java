package kz.elicensing.application.officer;

import kz.elicensing.domain.application.ApplicationRepository;
import kz.elicensing.domain.application.LicenseApplication;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.officer.Officer;
import kz.elicensing.domain.officer.OfficerDirectory;

/**
 * The officer's use cases' one look-up of who acts and what they may see: a login that is no officer is
 * SENDER_NOT_ALLOWED; an application the officer may not see is APPLICATION_NOT_FOUND, like one that does not exist.
 */
public final class OfficerAccess {
    private OfficerAccess() {}

    /** The officer with this login. */
    public static Officer officer(OfficerDirectory officers, String login) {
        return officers.officer(login)
                .orElseThrow(() -> new ElicensingException(
                        ErrorCode.SENDER_NOT_ALLOWED, "user " + login + " is not an officer of any provider"));
    }

    /** The application {@code number} if the officer {@code login} may see it. */
    public static LicenseApplication visible(
            ApplicationRepository applications, OfficerDirectory officers, String number, String login) {
        Officer me = officer(officers, login);
        return applications
                .byNumber(number)
                .filter(me::maySee)
                .orElseThrow(() -> new ElicensingException(
                        ErrorCode.APPLICATION_NOT_FOUND,
                        "no application " + number + " visible to " + login + " of " + me.providerCode(),
                        number));
    }
}

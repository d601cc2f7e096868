package kz.elicensing.domain.licence;

import kz.elicensing.domain.application.LicenseApplication;
import kz.elicensing.domain.catalog.LicenseService;
import kz.elicensing.domain.catalog.RefusalGround;
import kz.elicensing.domain.error.ErrorCode;

/** Builds the result documents and signs them with the provider's authorized person's key. */
public interface DocumentFactory {

    byte[] signedLicense(License license, LicenseApplication application, LicenseService service);

    byte[] signedRefusal(
            LicenseApplication application, LicenseService service, ErrorCode reason, String reasonRu, String reasonKz);

    /** An officer's motivated refusal: a catalog ground (code, text, legal basis) and the officer's own words, ru and kk. */
    byte[] signedRefusal(
            LicenseApplication application,
            LicenseService service,
            RefusalGround ground,
            String commentRu,
            String commentKz);

    /** Service 8's result: the Minister's order determining the applicant as a special training centre, signed. */
    byte[] signedOrder(LicenseApplication application, LicenseService service, String orderNumber);

    /** A duplicate of {@code original}: its number and content, marked duplicate, for the duplicate application. */
    byte[] signedDuplicate(License original, LicenseApplication application, LicenseService service);
}

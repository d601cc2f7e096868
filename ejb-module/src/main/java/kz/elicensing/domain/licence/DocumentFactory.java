package kz.elicensing.domain.licence;

import java.time.Instant;
import kz.elicensing.domain.application.LicenseApplication;
import kz.elicensing.domain.catalog.LicenseService;
import kz.elicensing.domain.catalog.RefusalGround;
import kz.elicensing.domain.error.ErrorCode;

/**
 * Builds the result documents: unsigned for an officer's decision (the licensor's authorized person signs them in the
 * browser), and sealed with the provider's system seal for the automatic results of the checks.
 */
public interface DocumentFactory {

    /** The license (issue or re-issue) as it will be signed. */
    byte[] license(License license, LicenseApplication application, LicenseService service);

    /** A duplicate of {@code original}: its number and content, marked duplicate, for the duplicate application. */
    byte[] duplicate(License original, LicenseApplication application, LicenseService service);

    /** An officer's motivated refusal: a catalog ground (code, text, legal basis) and the officer's own words, ru and kk. */
    byte[] refusal(
            LicenseApplication application,
            LicenseService service,
            RefusalGround ground,
            String commentRu,
            String commentKz,
            Instant at);

    /** Service 8's result: the Minister's order determining the applicant as a special training centre. */
    byte[] order(LicenseApplication application, LicenseService service, String orderNumber, Instant at);

    /** Whether the provider has a system seal to sign its automatic results with. */
    boolean hasSeal(String providerCode);

    /** An automatic refusal with a typed reason, signed with the provider's system seal. */
    byte[] sealedRefusal(
            LicenseApplication application, LicenseService service, ErrorCode reason, String reasonRu, String reasonKz);

    /** An automatic refusal on a catalog ground (the registry's answer as comment), signed with the provider's seal. */
    byte[] sealedRefusal(
            LicenseApplication application,
            LicenseService service,
            RefusalGround ground,
            String commentRu,
            String commentKz);
}

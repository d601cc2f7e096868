package kz.elicensing.shep;

import kz.elicensing.application.walkin.ApplicantData;
import java.util.Set;

/** The ShEP serviceId values E-licensing answers (contracts.md §3). */
public final class ServiceIds {
    public static final String SUBMIT_APPLICATION = "ELICENSE_SubmitApplication";
    public static final String GET_APPLICATION_STATUS = "ELICENSE_GetApplicationStatus";
    public static final String GET_RESULT = "ELICENSE_GetResult";
    public static final String PAYMENT_NOTIFICATION = "ELICENSE_PaymentNotification";
    public static final String VERIFY_DOCUMENT = "ELICENSE_VerifyDocument";
    // walk-in (channel 2)
    /** An officer's look-up of a walk-in applicant in GBD FL / GBD UL (LookupApplicantRequest -> ApplicantData). */
    public static final String LOOKUP_APPLICANT = "ELICENSE_LookupApplicant";
    /** An officer registers a walk-in application (RegisterWalkInRequest -> ApplicationReceipt). */
    public static final String REGISTER_WALK_IN = "ELICENSE_RegisterWalkIn";
    // the license registry
    /** A license's registry entry with its lineage (LicenseQuery -> LicenseRecord). */
    public static final String VERIFY_LICENSE = "ELICENSE_VerifyLicense";
    /** A court's or authority's decision on a license (ChangeLicenseRequest -> LicenseRecord). */
    public static final String CHANGE_LICENSE = "ELICENSE_ChangeLicense";
    /** The applicant's quality questionnaire (Questionnaire -> Acknowledgement). */
    public static final String SUBMIT_QUESTIONNAIRE = "ELICENSE_SubmitQuestionnaire";
    /** Every serviceId above (metrics label only these, so a sender cannot invent labels). */
    public static final Set<String> ALL = Set.of(SUBMIT_APPLICATION, GET_APPLICATION_STATUS, GET_RESULT,
            PAYMENT_NOTIFICATION, VERIFY_DOCUMENT, LOOKUP_APPLICANT, REGISTER_WALK_IN, VERIFY_LICENSE, CHANGE_LICENSE, SUBMIT_QUESTIONNAIRE);

    private ServiceIds() {
    }
}

package kz.elicensing.shep;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The ShEP serviceId values E-licensing answers (contracts.md §3), each with its name on the wire. */
public enum ServiceId {
    /** A signed application (Application -> ApplicationReceipt, or a business refusal). */
    SUBMIT_APPLICATION("ELICENSE_SubmitApplication"),
    /** An application's status, or all of an applicant's (StatusQuery -> ApplicationStatus / ApplicationStatusList). */
    GET_APPLICATION_STATUS("ELICENSE_GetApplicationStatus"),
    /** The signed result with its printable PDF (ResultQuery -> Result). */
    GET_RESULT("ELICENSE_GetResult"),
    /** The payment gateway announces a payment (PaymentNotice -> Acknowledgement). */
    PAYMENT_NOTIFICATION("ELICENSE_PaymentNotification"),
    /** Any signed document's validation report (VerifyDocumentRequest -> ValidationReport). */
    VERIFY_DOCUMENT("ELICENSE_VerifyDocument"),
    /** An officer's look-up of a walk-in applicant in GBD FL / GBD UL (LookupApplicantRequest -> ApplicantData). */
    LOOKUP_APPLICANT("ELICENSE_LookupApplicant"),
    /** An officer registers a walk-in application (RegisterWalkInRequest -> ApplicationReceipt). */
    REGISTER_WALK_IN("ELICENSE_RegisterWalkIn"),
    /** A license's registry entry with its lineage (LicenseQuery -> LicenseRecord). */
    VERIFY_LICENSE("ELICENSE_VerifyLicense"),
    /** A court's or authority's decision on a license (ChangeLicenseRequest -> LicenseRecord). */
    CHANGE_LICENSE("ELICENSE_ChangeLicense"),
    /** The applicant's quality questionnaire (Questionnaire -> Acknowledgement). */
    SUBMIT_QUESTIONNAIRE("ELICENSE_SubmitQuestionnaire");

    private static final Map<String, ServiceId> BY_WIRE_NAME =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(ServiceId::wireName, Function.identity()));

    private final String wireName;

    ServiceId(String wireName) {
        this.wireName = wireName;
    }

    /** The serviceId as it stands in requestInfo/serviceId. */
    public String wireName() {
        return wireName;
    }

    /** The serviceId named on the wire, if E-licensing answers it (exact, case-sensitive match). */
    public static Optional<ServiceId> fromWire(String wireName) {
        return Optional.ofNullable(wireName == null ? null : BY_WIRE_NAME.get(wireName));
    }

    /** True if E-licensing answers this wire name (metrics label only these, so a sender cannot invent labels). */
    public static boolean known(String wireName) {
        return fromWire(wireName).isPresent();
    }
}

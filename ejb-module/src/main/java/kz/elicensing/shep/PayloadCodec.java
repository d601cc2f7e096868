package kz.elicensing.shep;

import kz.elicensing.application.query.ApplicationView;
import kz.elicensing.application.query.ResultDocument;
import kz.elicensing.application.registry.LicenseView;
import kz.elicensing.application.walkin.ApplicantData;
import java.util.List;
import kz.elicensing.domain.payment.PaymentRecord;

/** Reads and writes the business payloads of contracts.md §3 (hardened parsing, schema-bound). */
public interface PayloadCodec {

    StatusQuery readStatusQuery(String xml);

    /** The application number of a ResultQuery. */
    String readResultQuery(String xml);

    PaymentRecord readPaymentNotice(String xml);

    /** The signed document carried by a VerifyDocumentRequest, as text. */
    String readVerifyDocumentRequest(String xml);

    String writeReceipt(ApplicationView application, String messageRu, String messageKz);

    String writeStatus(ApplicationView application);

    String writeStatusList(List<ApplicationView> applications);

    /** The result as signed, with its printable PDF (null: none). */
    String writeResult(ResultDocument result, byte[] pdf);

    String writeAcknowledgement(boolean accepted, String messageRu, String messageKz);

    // walk-in (channel 2)
    /** Reads ELICENSE_LookupApplicant's LookupApplicantRequest. */
    WalkInMessages.Lookup readLookupApplicant(String xml);

    /** Reads ELICENSE_RegisterWalkIn's RegisterWalkInRequest. */
    WalkInMessages.Register readRegisterWalkIn(String xml);

    /** Writes the ApplicantData answer of ELICENSE_LookupApplicant. */
    String writeApplicantData(ApplicantData data);

    // the license registry
    /** Reads ELICENSE_VerifyLicense's LicenseQuery: the license number. */
    String readLicenseQuery(String xml);

    /** Reads ELICENSE_ChangeLicense's ChangeLicenseRequest. */
    LicenseChangeRequest readChangeLicense(String xml);

    /** Writes a LicenseRecord: the registry entry, with status names in ru and kk. */
    String writeLicenseRecord(LicenseView license, String statusRu, String statusKz);

    /** Reads ELICENSE_SubmitQuestionnaire's Questionnaire: application number, applicant id, the two answers. */
    QuestionnaireAnswers readQuestionnaire(String xml);
}

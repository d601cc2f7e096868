package kz.elicensing.application;

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

    String writeResult(ResultDocument result);

    /** The result with its printable PDF (null: none). */
    default String writeResult(ResultDocument result, byte[] pdf) {
        return writeResult(result);
    }

    String writeAcknowledgement(boolean accepted, String messageRu, String messageKz);

    // walk-in (channel 2)
    /** Reads ELICENSE_LookupApplicant's LookupApplicantRequest. */
    default WalkInMessages.Lookup readLookupApplicant(String xml) {
        throw new UnsupportedOperationException("walk-in payloads");
    }

    /** Reads ELICENSE_RegisterWalkIn's RegisterWalkInRequest. */
    default WalkInMessages.Register readRegisterWalkIn(String xml) {
        throw new UnsupportedOperationException("walk-in payloads");
    }

    /** Writes the ApplicantData answer of ELICENSE_LookupApplicant. */
    default String writeApplicantData(ApplicantData data) {
        throw new UnsupportedOperationException("walk-in payloads");
    }

    // the license registry
    /** Reads ELICENSE_VerifyLicense's LicenseQuery: the license number. */
    default String readLicenseQuery(String xml) {
        throw new UnsupportedOperationException("registry payloads");
    }

    /** Reads ELICENSE_ChangeLicense's ChangeLicenseRequest. */
    default LicenseChangeRequest readChangeLicense(String xml) {
        throw new UnsupportedOperationException("registry payloads");
    }

    /** Writes a LicenseRecord: the registry entry, with status names in ru and kk. */
    default String writeLicenseRecord(LicenseView license, String statusRu, String statusKz) {
        throw new UnsupportedOperationException("registry payloads");
    }

    /** Reads ELICENSE_SubmitQuestionnaire's Questionnaire: application number, applicant id, the two answers. */
    default QuestionnaireAnswers readQuestionnaire(String xml) {
        throw new UnsupportedOperationException("questionnaire payloads");
    }
}

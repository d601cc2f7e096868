package kz.elicensing.domain.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import kz.elicensing.domain.catalog.Operation;
import kz.elicensing.domain.party.ApplicantKind;
import kz.elicensing.domain.signature.SignerIdentity;

/**
 * What a verified, signed application says, and who signed it: besides the applicant and the fee, its form fields
 * (Application/fields, by name; a per-region service's region is the field "region"), the catalog documents its
 * attachments say they are (Attachment@documentCode), {@code paymentReceipt}, the scanned receipt the applicant
 * attached instead of a payment at the payment gateway (Reg. 000 §2.2(6), null for a gateway payment), the branches
 * or objects it names and, for a re-issue to a successor, the reorganisation.
 */
public record ApplicationForm(
        String requestId,
        String serviceCode,
        Operation operation,
        String baseLicenseNumber,
        String language,
        ApplicantKind applicantKind,
        String applicantId,
        String applicantName,
        String headIin,
        List<String> activitySubtypes,
        String paymentReference,
        BigDecimal paymentAmount,
        SignerIdentity signer,
        Map<String, String> fields,
        List<String> attachedDocuments,
        PaymentReceipt paymentReceipt,
        List<ActivityObject> objects,
        Reorganisation reorganisation) {

    /** The form field naming the region of a per-region service's application (catalog form_field "region"). */
    public static final String REGION_FIELD = "region";

    public ApplicationForm {
        activitySubtypes = List.copyOf(activitySubtypes);
        fields = fields == null ? Map.of() : Map.copyOf(fields);
        attachedDocuments = attachedDocuments == null ? List.of() : List.copyOf(attachedDocuments);
        objects = objects == null ? List.of() : List.copyOf(objects);
    }

    /** A form without fields, attachments, objects or reorganisation, paid at the payment gateway. */
    public ApplicationForm(
            String requestId,
            String serviceCode,
            Operation operation,
            String baseLicenseNumber,
            String language,
            ApplicantKind applicantKind,
            String applicantId,
            String applicantName,
            String headIin,
            List<String> activitySubtypes,
            String paymentReference,
            BigDecimal paymentAmount,
            SignerIdentity signer) {
        this(
                requestId,
                serviceCode,
                operation,
                baseLicenseNumber,
                language,
                applicantKind,
                applicantId,
                applicantName,
                headIin,
                activitySubtypes,
                paymentReference,
                paymentAmount,
                signer,
                Map.of(),
                List.of(),
                null,
                List.of(),
                null);
    }

    /** A form naming objects and, for a re-issue to a successor, the reorganisation. */
    public ApplicationForm(
            String requestId,
            String serviceCode,
            Operation operation,
            String baseLicenseNumber,
            String language,
            ApplicantKind applicantKind,
            String applicantId,
            String applicantName,
            String headIin,
            List<String> activitySubtypes,
            String paymentReference,
            BigDecimal paymentAmount,
            SignerIdentity signer,
            List<ActivityObject> objects,
            Reorganisation reorganisation) {
        this(
                requestId,
                serviceCode,
                operation,
                baseLicenseNumber,
                language,
                applicantKind,
                applicantId,
                applicantName,
                headIin,
                activitySubtypes,
                paymentReference,
                paymentAmount,
                signer,
                Map.of(),
                List.of(),
                null,
                objects,
                reorganisation);
    }

    /** A form with fields, attachments and perhaps a scanned receipt; no objects, no reorganisation. */
    public ApplicationForm(
            String requestId,
            String serviceCode,
            Operation operation,
            String baseLicenseNumber,
            String language,
            ApplicantKind applicantKind,
            String applicantId,
            String applicantName,
            String headIin,
            List<String> activitySubtypes,
            String paymentReference,
            BigDecimal paymentAmount,
            SignerIdentity signer,
            Map<String, String> fields,
            List<String> attachedDocuments,
            PaymentReceipt paymentReceipt) {
        this(
                requestId,
                serviceCode,
                operation,
                baseLicenseNumber,
                language,
                applicantKind,
                applicantId,
                applicantName,
                headIin,
                activitySubtypes,
                paymentReference,
                paymentAmount,
                signer,
                fields,
                attachedDocuments,
                paymentReceipt,
                List.of(),
                null);
    }

    /** The region the application names (field "region"), or null. */
    public String region() {
        String region = fields.get(REGION_FIELD);
        return region == null || region.isBlank() ? null : region.strip();
    }
}

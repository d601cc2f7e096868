package kz.elicensing.domain.application;

import java.math.BigDecimal;
import java.util.List;
import kz.elicensing.domain.catalog.Operation;
import kz.elicensing.domain.party.ApplicantKind;
import kz.elicensing.domain.signature.SignerIdentity;

/**
 * What a verified, signed application says, and who signed it; {@code paymentReceipt} is the scanned receipt the
 * applicant attached instead of a payment at the payment gateway (Reg. 000 §2.2(6)), null for a gateway payment.
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
        PaymentReceipt paymentReceipt) {

    public ApplicationForm {
        activitySubtypes = List.copyOf(activitySubtypes);
    }

    /** A form paid at the payment gateway (no scanned receipt). */
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
                null);
    }
}

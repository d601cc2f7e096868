package kz.elicensing.domain.application;

import java.math.BigDecimal;
import java.util.List;
import kz.elicensing.domain.catalog.Operation;
import kz.elicensing.domain.party.ApplicantKind;
import kz.elicensing.domain.signature.SignerIdentity;

/** What a verified, signed application says, and who signed it. */
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
        SignerIdentity signer) {

    public ApplicationForm {
        activitySubtypes = List.copyOf(activitySubtypes);
    }
}

package kz.elicensing.domain.application;

import java.math.BigDecimal;
import java.util.List;
import kz.elicensing.domain.catalog.Operation;
import kz.elicensing.domain.party.ApplicantKind;
import kz.elicensing.domain.signature.SignerIdentity;

/**
 * What a verified, signed application says, and who signed it: with the branches or objects it names and, for a
 * re-issue to a successor, the reorganisation.
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
        List<ActivityObject> objects,
        Reorganisation reorganisation) {

    public ApplicationForm {
        activitySubtypes = List.copyOf(activitySubtypes);
        objects = objects == null ? List.of() : List.copyOf(objects);
    }

    /** A form that names no objects and no reorganisation. */
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
                List.of(),
                null);
    }
}

package kz.elicensing.domain.catalog;

import kz.elicensing.domain.party.ApplicantKind;

/**
 * A document an application of a service and operation must carry (channel 1: an attachment with this documentCode;
 * channel 2: marked as presented on paper); {@code applicantKind} null means every applicant.
 */
public record RequiredDocument(
        String code, String nameRu, String nameKz, boolean mandatory, ApplicantKind applicantKind) {

    /** True when an applicant of this kind must (or may) present it. */
    public boolean appliesTo(ApplicantKind kind) {
        return applicantKind == null || applicantKind == kind;
    }
}

package kz.elicensing.application.walkin;

import java.time.LocalDate;
import java.util.List;
import kz.elicensing.domain.catalog.RegistryKind;
import kz.elicensing.domain.catalog.RequiredDocument;
import kz.elicensing.domain.party.ApplicantKind;

/**
 * The applicant's data as the registry gave it, filled into the officer's form, and the documents of the catalog the
 * officer marks as presented on paper. {@code birthDate}/{@code lifeStatus} for a person, {@code leader*} for an entity.
 */
public record ApplicantData(ApplicantKind applicantKind, String applicantId, RegistryKind registry, String nameRu,
                            String nameKz, String address, LocalDate birthDate, String registryStatus,
                            String leaderIin, String leaderName, List<RequiredDocument> requiredDocuments) {
    public ApplicantData {
        requiredDocuments = List.copyOf(requiredDocuments);
    }
}

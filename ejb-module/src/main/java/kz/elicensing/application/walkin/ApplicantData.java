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
public record ApplicantData(
        ApplicantKind applicantKind,
        String applicantId,
        RegistryKind registry,
        String nameRu,
        String nameKz,
        String address,
        LocalDate birthDate,
        String registryStatus,
        String leaderIin,
        String leaderName,
        List<Document> documents) {
    public ApplicantData {
        documents = List.copyOf(documents);
    }

    /** A document of the catalog to mark as presented: code, names in ru and kk, mandatory or not. */
    public record Document(String code, String nameRu, String nameKz, boolean mandatory) {}

    /** The catalog's document as the officer sees it. */
    public static Document of(RequiredDocument d) {
        return new Document(d.code(), d.nameRu(), d.nameKz(), d.mandatory());
    }
}

package kz.elicensing.domain.party;

import java.time.LocalDate;

/** What the individuals registry (GBD FL) says of an IIN; code lists as code + names in both languages. */
public record IndividualRecord(
        String iin,
        String surname,
        String name,
        String patronymic,
        LocalDate birthDate,
        RegistryCode gender,
        RegistryCode citizenship,
        RegistryCode lifeStatus,
        String regAddress) {

    /** lifeStatus code of a deceased person. */
    public static final String DECEASED = "1";

    /** An entry of a registry code list. */
    public record RegistryCode(String code, String nameRu, String nameKz) {}

    /** True when the registry records the person as deceased. */
    public boolean deceased() {
        return lifeStatus != null && DECEASED.equals(lifeStatus.code());
    }

    /** Surname, name and patronymic, as the registry spells them. */
    public String fullName() {
        return String.join(" ", surname, name, patronymic == null ? "" : patronymic)
                .trim();
    }
}

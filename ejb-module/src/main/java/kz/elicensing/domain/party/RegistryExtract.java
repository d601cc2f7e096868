package kz.elicensing.domain.party;

/**
 * What a state registry (GBD UL or GBD FL) said of the applicant when the check answered, kept with the application:
 * the names, address and head the license is issued to (not the applicant's own text). {@code headIin} and
 * {@code headName} are the leader of a legal entity (null for an individual); {@code registryStatus} the entity's
 * registration status (null for an individual).
 */
public record RegistryExtract(
        String nameRu, String nameKz, String address, String headIin, String headName, String registryStatus) {

    /** The legal entity as GBD UL answered. */
    public static RegistryExtract of(LegalEntityRecord entity) {
        return new RegistryExtract(
                entity.fullNameRu(),
                entity.fullNameKz(),
                entity.address(),
                entity.leaderIin(),
                entity.leaderName(),
                entity.registrationStatus());
    }

    /** The individual as GBD FL answered: one spelling of the name for both languages. */
    public static RegistryExtract of(IndividualRecord person) {
        return new RegistryExtract(person.fullName(), person.fullName(), person.regAddress(), null, null, null);
    }

    /**
     * True when {@code formName} (what the applicant wrote) is neither of the registry's names, ignoring case, spaces
     * and quotation marks; a blank form name differs from nothing.
     */
    public boolean differsFrom(String formName) {
        if (formName == null || formName.isBlank()) {
            return false;
        }
        String asked = normalized(formName);
        return !asked.equals(normalized(nameRu)) && !asked.equals(normalized(nameKz));
    }

    private static String normalized(String s) {
        return s == null ? "" : s.replaceAll("[\\s\"«»“”„'`]+", " ").strip().toUpperCase(java.util.Locale.ROOT);
    }
}

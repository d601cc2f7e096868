package kz.elicensing.domain.party;

/** What the legal-entities registry (GBD UL) says of a BIN. */
public record LegalEntityRecord(
        String bin,
        String registrationStatus,
        String fullNameRu,
        String fullNameKz,
        String leaderIin,
        String leaderName,
        String address) {}

package kz.elicensing.domain.catalog;

/**
 * A registration status GBD UL answers for a legal entity (catalog table registry_status): whether an entity in it may
 * be licensed, and if not, the code of the refusal ground (a refusal_ground row of the service) it is refused on.
 */
public record RegistryStatus(String code, boolean active, String refusalGround, String nameRu, String nameKz) {}

package kz.elicensing.application.registry;

/** A choice of the registry's search form (a service, a region, a status): its code and its names in ru and kk. */
public record RegistryChoice(String code, String nameRu, String nameKz) {}

package kz.elicensing.domain.catalog;

/** An activity (sub)type a service's license may cover (Application/activity/subtype). */
public record ActivitySubtype(String code, String nameRu, String nameKz) {}

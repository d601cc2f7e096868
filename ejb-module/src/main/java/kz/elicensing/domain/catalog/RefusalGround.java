package kz.elicensing.domain.catalog;

/** A ground an officer may refuse a service on, with its legal basis, in both languages. */
public record RefusalGround(String code, String nameRu, String nameKz, String legalBasisRu, String legalBasisKz) {}

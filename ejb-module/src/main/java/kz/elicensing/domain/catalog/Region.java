package kz.elicensing.domain.catalog;

/** A region of the republic (oblast or city of republican significance) that per-region services are provided in. */
public record Region(String code, String nameRu, String nameKz) {}

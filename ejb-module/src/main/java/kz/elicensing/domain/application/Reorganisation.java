package kz.elicensing.domain.application;

/**
 * The forms of a legal entity's reorganisation after which the Law on permits and notifications re-issues its license to
 * the successor (a new BIN): merger, accession, transformation, division and spin-off.
 */
public enum Reorganisation {
    /** Слияние / қосылу: several entities form a new one. */
    MERGER,
    /** Присоединение / қосып алу: an entity is absorbed by another. */
    ACCESSION,
    /** Преобразование / қайта құру: the entity changes its legal form. */
    TRANSFORMATION,
    /** Разделение / бөліну: the entity is divided into new ones. */
    DIVISION,
    /** Выделение / бөлініп шығу: a new entity is separated from it. */
    SPIN_OFF
}

package kz.elicensing.infrastructure.persistence;

import jakarta.persistence.EntityManager;

/** Reads the next value of a database sequence (same SQL on H2 in PostgreSQL mode and on PostgreSQL). */
final class Sequences {
    private Sequences() {}

    static long next(EntityManager em, String sequence) {
        if (!sequence.matches("[a-z_]+")) {
            throw new IllegalArgumentException(sequence);
        }
        Object value =
                em.createNativeQuery("SELECT nextval('" + sequence + "')").getSingleResult();
        return ((Number) value).longValue();
    }
}

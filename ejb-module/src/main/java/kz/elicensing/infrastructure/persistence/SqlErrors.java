package kz.elicensing.infrastructure.persistence;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Reads what kind of database error lies under an exception (SQLSTATE, the same on H2 and PostgreSQL), or an
 * optimistic lock the JPA provider found broken (another transaction changed the row since it was read).
 */
final class SqlErrors {
    /**
     * SQLSTATEs of losing to a concurrent transaction: unique or primary key violation (both), serialization failure
     * (both; H2's deadlock), PostgreSQL's deadlock and lock-not-available, H2's lock timeout.
     */
    private static final Set<String> CONFLICTS = Set.of("23505", "40001", "40P01", "55P03", "HYT00");

    private SqlErrors() {}

    /**
     * True when a conflict with a concurrent transaction is among the causes (or suppressed exceptions) of
     * {@code failure}: one of the SQLSTATEs above, or a JPA {@link OptimisticLockException}.
     */
    static boolean isConcurrencyConflict(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        return isConflict(failure, seen);
    }

    private static boolean isConflict(Throwable t, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return false;
        }
        if (t instanceof OptimisticLockException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            for (SQLException e = sql; e != null; e = e.getNextException()) {
                if (CONFLICTS.contains(e.getSQLState())) {
                    return true;
                }
            }
        }
        for (Throwable s : t.getSuppressed()) {
            if (isConflict(s, seen)) {
                return true;
            }
        }
        return isConflict(t.getCause(), seen);
    }
}

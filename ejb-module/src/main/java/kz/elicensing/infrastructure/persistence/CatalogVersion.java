package kz.elicensing.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.OptionalLong;

/**
 * The catalog's version as this transaction sees it (rows in {@code catalog_change}), read once per transaction; none
 * in a transaction that changed the catalog, whose reads bypass {@link CatalogRows} (its rows may still roll back).
 */
@ApplicationScoped
public class CatalogVersion {
    private static final Object KEY = new Object();
    private static final Object CHANGED = new Object();

    @PersistenceContext(unitName = "elicensing")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The version this transaction reads the catalog at, or empty when it changed the catalog itself. */
    public OptionalLong current() {
        boolean inTransaction = transactions.getTransactionKey() != null;
        Object known = inTransaction ? transactions.getResource(KEY) : null;
        if (known == CHANGED) {
            return OptionalLong.empty();
        }
        if (known instanceof Long v) {
            return OptionalLong.of(v);
        }
        long v = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM catalog_change")
                        .getSingleResult())
                .longValue();
        if (inTransaction) {
            transactions.putResource(KEY, v);
        }
        return OptionalLong.of(v);
    }

    /** This transaction changes the catalog: its reads go to the tables from now on. */
    public void changed() {
        transactions.putResource(KEY, CHANGED);
    }
}

package kz.elicensing.infrastructure.persistence;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The catalog's list rows (operations, documents, subtypes, steps, regions...) kept between transactions for one
 * catalog version: the number of rows in {@code catalog_change}, which every administrator's change adds to in its own
 * transaction. Rows read at an older version than the newest seen are not kept; a newer version drops all.
 */
final class CatalogRows {
    private record Key(String sql, List<Object> parameters) {}

    private final ConcurrentHashMap<Key, List<Object[]>> rows = new ConcurrentHashMap<>();
    private long version = -1;

    /** The rows of {@code sql} with {@code parameters} at catalog {@code version}: kept ones, else {@code load}'s. */
    List<Object[]> get(long version, String sql, List<Object> parameters, Supplier<List<Object[]>> load) {
        if (!current(version)) {
            return load.get();
        }
        Key key = new Key(sql, parameters);
        List<Object[]> known = rows.get(key);
        if (known != null) {
            return known;
        }
        List<Object[]> loaded = List.copyOf(load.get());
        synchronized (this) {
            if (this.version == version) {
                rows.put(key, loaded);
            }
        }
        return loaded;
    }

    /** True when {@code seen} is the newest version (a newer one than before drops what was kept). */
    private synchronized boolean current(long seen) {
        if (seen > version) {
            rows.clear();
            version = seen;
        }
        return seen == version;
    }
}

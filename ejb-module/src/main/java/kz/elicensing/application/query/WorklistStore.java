package kz.elicensing.application.query;

import java.util.List;

/**
 * Port: the worklist from the database, filtered, sorted and paged by the query itself (never in memory), within what
 * the officer may see: the provider's applications, and unless {@code head} only the unassigned and the officer's own.
 */
public interface WorklistStore {

    /** The rows {@code offset}..{@code offset+limit} of the filter (service names and days left not filled). */
    List<WorklistRow> page(
            String providerCode, String officer, boolean head, WorklistFilter filter, int offset, int limit);

    /**
     * The first {@code limit} rows after {@code after} in the filter's order (keyset pagination: the database seeks
     * to the cursor in the index instead of reading and skipping the rows before it); the first page when null.
     */
    List<WorklistRow> pageAfter(
            String providerCode, String officer, boolean head, WorklistFilter filter, WorklistCursor after, int limit);

    /** How many rows the filter matches, counted up to {@code cap + 1} (more than {@code cap}: cap + 1). */
    long count(String providerCode, String officer, boolean head, WorklistFilter filter, int cap);
}

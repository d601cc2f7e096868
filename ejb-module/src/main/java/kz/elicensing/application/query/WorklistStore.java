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

    /** How many rows the filter matches. */
    long count(String providerCode, String officer, boolean head, WorklistFilter filter);
}

package kz.elicensing.application.query;

import java.util.List;

/**
 * One page of the worklist; how many rows the whole filter matches ({@code total}, counted up to a cap:
 * {@code totalExact} false means "at least"); and the token of the next page ({@code next}, keyset pagination; null
 * on the last page).
 */
public record WorklistPage(List<WorklistRow> rows, long total, boolean totalExact, String next) {
    public WorklistPage {
        rows = List.copyOf(rows);
    }

    /** An exact total and no next page. */
    public WorklistPage(List<WorklistRow> rows, long total) {
        this(rows, total, true, null);
    }
}

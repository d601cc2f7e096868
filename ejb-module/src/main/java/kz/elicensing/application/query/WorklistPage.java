package kz.elicensing.application.query;

import java.util.List;

/** One page of the worklist and how many rows the whole filter matches. */
public record WorklistPage(List<WorklistRow> rows, long total) {
    public WorklistPage {
        rows = List.copyOf(rows);
    }
}

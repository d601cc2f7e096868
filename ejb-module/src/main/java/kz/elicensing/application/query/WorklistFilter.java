package kz.elicensing.application.query;

import java.util.Locale;
import java.util.Set;

/**
 * What an officer narrows the worklist to: a status ({@link #OPEN} for every application not decided yet, null for
 * all), a service, a deadline mark (NEARING, OVERDUE), an assignee ({@link #UNASSIGNED} for none), a text matched
 * against the number, the IIN/BIN and the name, only the officer's own cases, and the sort.
 */
public record WorklistFilter(
        String status,
        String serviceCode,
        String mark,
        String assignee,
        String text,
        boolean mine,
        String sortBy,
        boolean descending) {

    /** The status filter that keeps every application not decided yet. */
    public static final String OPEN = "OPEN";

    /** The assignee filter that keeps the unassigned applications. */
    public static final String UNASSIGNED = "-";

    /** The columns the worklist sorts by. */
    public static final Set<String> SORTS =
            Set.of("number", "status", "service", "applicant", "received", "deadline", "assignee");

    public WorklistFilter {
        status = blankToNull(status);
        serviceCode = blankToNull(serviceCode);
        mark = blankToNull(mark);
        assignee = blankToNull(assignee);
        text = blankToNull(text);
        sortBy = sortBy == null || !SORTS.contains(sortBy) ? "deadline" : sortBy;
    }

    /** The open applications, nearest deadline first. */
    public static WorklistFilter open() {
        return new WorklistFilter(OPEN, null, null, null, null, false, "deadline", false);
    }

    /** The text as a lower-case LIKE pattern with its wildcards escaped (escape character {@code \}). */
    public String textPattern() {
        if (text == null) {
            return null;
        }
        String escaped = text.strip()
                .toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

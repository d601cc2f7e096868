package kz.elicensing.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.elicensing.application.query.WorklistCursor;
import kz.elicensing.application.query.WorklistFilter;
import kz.elicensing.application.query.WorklistRow;
import kz.elicensing.application.query.WorklistStore;
import kz.elicensing.domain.application.ApplicationStatus;
import kz.elicensing.domain.application.Channel;
import kz.elicensing.domain.catalog.Operation;
import kz.elicensing.domain.workflow.DeadlineMark;

/**
 * The worklist as one JPQL query: the filter, the visibility, the sort and the page are the database's work (indexes of
 * V80, V140, V141), an officer's "unassigned or mine" as two index ranges merged, the next page sought after a cursor (keyset pagination); only the page's rows are read, as columns,
 * never whole applications with their documents.
 */
@ApplicationScoped
public class JpaWorklistStore implements WorklistStore {
    /** The statuses of an application not decided yet. */
    private static final List<ApplicationStatus> OPEN_STATUSES =
            Arrays.stream(ApplicationStatus.values()).filter(s -> !s.isFinal()).toList();

    /**
     * "Not decided yet" as literals in the SQL, not bound parameters (EclipseLink binds even JPQL's literals, so through
     * its {@code SQL()} function; the values are the enum's names, no input): PostgreSQL matches a partial index of the
     * open ones (V140_2, V141_1, V210_1) only when it sees the statuses, and after five runs of a prepared statement it
     * may plan once for any parameters (a generic plan), which then walked an officer's decided year (20,000 rows).
     * Also the deadline timer's scan ({@link JpaApplicationRepository#deadlineMarkCandidates}, V211_1).
     */
    static final String OPEN_STATUS = "SQL('? IN ("
            + OPEN_STATUSES.stream().map(s -> "''" + s.name() + "''").collect(java.util.stream.Collectors.joining(", "))
            + ")', a.status)";

    /** The sorted expressions; a name or assignee that may be missing sorts as empty text (keyset needs no NULL). */
    private static final Map<String, String> SORT_PATHS = Map.of(
            "number", "a.number",
            "status", "a.status",
            "service", "a.serviceCode",
            "applicant", "COALESCE(a.applicantName, '')",
            "received", "a.receivedAt",
            "deadline", "a.deadline",
            "assignee", "COALESCE(a.assignedOfficer, '')");

    private static final String COLUMNS =
            "SELECT a.number, a.status, a.serviceCode, a.operation, a.applicantId, a.applicantName, a.channel,"
                    + " a.receivedAt, a.deadline, a.deadlineMark, a.assignedOfficer, a.paymentToConfirm,"
                    + " a.stepDeadline"
                    + " FROM LicenseApplication a WHERE ";

    @PersistenceContext(unitName = "elicensing")
    EntityManager em;

    @Override
    public List<WorklistRow> page(
            String providerCode, String officer, boolean head, WorklistFilter filter, int offset, int limit) {
        if (split(head, filter)) {
            List<WorklistRow> merged = merged(
                    filter,
                    read(providerCode, officer, Visibility.MINE, filter, null, 0, offset + limit),
                    read(providerCode, officer, Visibility.UNASSIGNED, filter, null, 0, offset + limit),
                    offset + limit);
            return merged.subList(Math.min(offset, merged.size()), merged.size());
        }
        return read(providerCode, officer, visibility(head), filter, null, offset, limit);
    }

    @Override
    public List<WorklistRow> pageAfter(
            String providerCode, String officer, boolean head, WorklistFilter filter, WorklistCursor after, int limit) {
        if (split(head, filter)) {
            return merged(
                    filter,
                    read(providerCode, officer, Visibility.MINE, filter, after, 0, limit),
                    read(providerCode, officer, Visibility.UNASSIGNED, filter, after, 0, limit),
                    limit);
        }
        return read(providerCode, officer, visibility(head), filter, after, 0, limit);
    }

    @Override
    public long count(String providerCode, String officer, boolean head, WorklistFilter filter, int cap) {
        if (split(head, filter)) {
            long mine = count(providerCode, officer, Visibility.MINE, filter, cap + 1);
            return mine > cap
                    ? mine
                    : mine + count(providerCode, officer, Visibility.UNASSIGNED, filter, (int) (cap + 1 - mine));
        }
        return count(providerCode, officer, visibility(head), filter, cap + 1);
    }

    /** At most {@code max} numbers of the filter, read from the index alone (V140's end with the number). */
    private long count(String providerCode, String officer, Visibility visibility, WorklistFilter filter, int max) {
        Where where = where(providerCode, officer, visibility, filter);
        TypedQuery<String> q =
                em.createQuery("SELECT a.number FROM LicenseApplication a WHERE " + where.jpql, String.class);
        where.parameters.forEach(q::setParameter);
        return q.setMaxResults(max).getResultList().size();
    }

    /** One query's rows: from {@code offset}, or after the cursor when there is one. */
    private List<WorklistRow> read(
            String providerCode,
            String officer,
            Visibility visibility,
            WorklistFilter filter,
            WorklistCursor after,
            int offset,
            int limit) {
        Where where = where(providerCode, officer, visibility, filter);
        String jpql = COLUMNS + where.jpql + (after == null ? "" : " AND " + keyset(filter)) + orderBy(filter);
        TypedQuery<Object[]> q = em.createQuery(jpql, Object[].class);
        where.parameters.forEach(q::setParameter);
        if (after != null) {
            q.setParameter("after", after.typedValue());
            q.setParameter("afterNumber", after.number());
        }
        return q.setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(JpaWorklistStore::row)
                .toList();
    }

    /**
     * Whether an officer's "unassigned or mine" is read as two queries, each one index range in the sort's order
     * (V141), merged here: an OR of the two makes the database read and sort every visible row. Only for the deadline
     * (the default): it has the assignee's index, and a date compares in Java as in the database; the other sorts keep
     * the one query (text may order otherwise under a collation, and without such an index the unassigned branch
     * would walk the provider's whole year).
     */
    static boolean split(boolean head, WorklistFilter filter) {
        return !head && !filter.mine() && filter.assignee() == null && "a.deadline".equals(sortPath(filter));
    }

    /** The first {@code limit} of two disjoint lists, each in {@link #orderBy}'s deadline order, in that order. */
    static List<WorklistRow> merged(WorklistFilter filter, List<WorklistRow> a, List<WorklistRow> b, int limit) {
        Comparator<WorklistRow> byValue = Comparator.comparing(WorklistRow::deadline);
        Comparator<WorklistRow> order =
                (filter.descending() ? byValue.reversed() : byValue).thenComparing(WorklistRow::number);
        List<WorklistRow> out = new ArrayList<>(Math.min(limit, a.size() + b.size()));
        int i = 0;
        int j = 0;
        while (out.size() < limit && (i < a.size() || j < b.size())) {
            if (j >= b.size() || (i < a.size() && order.compare(a.get(i), b.get(j)) <= 0)) {
                out.add(a.get(i++));
            } else {
                out.add(b.get(j++));
            }
        }
        return out;
    }

    /** Which of the provider's applications a reader sees. */
    enum Visibility {
        /** The head: every one. */
        ALL,
        /** An officer: the unassigned and their own (one query with an OR). */
        UNASSIGNED_OR_MINE,
        /** An officer's own only. */
        MINE,
        /** The unassigned only. */
        UNASSIGNED
    }

    private static Visibility visibility(boolean head) {
        return head ? Visibility.ALL : Visibility.UNASSIGNED_OR_MINE;
    }

    /** The order: the sorted expression, then the number (unique) so that ties have one order too. */
    static String orderBy(WorklistFilter filter) {
        return " ORDER BY " + sortPath(filter) + (filter.descending() ? " DESC" : " ASC") + ", a.number ASC";
    }

    /**
     * The rows after the cursor in {@link #orderBy}: past its value, or at its value and past its number. Written as
     * "from the value on, and past it or past the number" so that the database seeks the index to the value (an OR
     * alone is no index condition, and JPQL has no row comparison).
     */
    static String keyset(WorklistFilter filter) {
        String path = sortPath(filter);
        String from = filter.descending() ? " <= " : " >= ";
        String past = filter.descending() ? " < " : " > ";
        return path + from + ":after AND (" + path + past + ":after OR a.number > :afterNumber)";
    }

    private static String sortPath(WorklistFilter filter) {
        return SORT_PATHS.getOrDefault(filter.sortBy(), "a.deadline");
    }

    private record Where(String jpql, Map<String, Object> parameters) {}

    /** The WHERE clause of a filter: every value a parameter, never text in the query. */
    static Where where(String providerCode, String officer, Visibility visibility, WorklistFilter filter) {
        StringBuilder jpql = new StringBuilder("a.providerCode = :provider");
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("provider", providerCode);
        switch (visibility) {
            case UNASSIGNED_OR_MINE -> {
                jpql.append(" AND (a.assignedOfficer IS NULL OR a.assignedOfficer = :me)");
                p.put("me", officer);
            }
            case MINE -> {
                jpql.append(" AND a.assignedOfficer = :me");
                p.put("me", officer);
            }
            case UNASSIGNED -> jpql.append(" AND a.assignedOfficer IS NULL");
            case ALL -> {
                // the head sees every application of the provider
            }
        }
        if (filter.mine()) {
            jpql.append(" AND a.assignedOfficer = :mine");
            p.put("mine", officer);
        }
        if (WorklistFilter.OPEN.equals(filter.status())) {
            // the open statuses named (not "NOT IN the final ones"): the status index reads each as one range, and
            // the partial indexes of the open ones match them
            jpql.append(" AND ").append(OPEN_STATUS);
        } else if (filter.status() != null) {
            jpql.append(" AND a.status = :status");
            p.put("status", ApplicationStatus.valueOf(filter.status()));
        }
        if (filter.serviceCode() != null) {
            jpql.append(" AND a.serviceCode = :service");
            p.put("service", filter.serviceCode());
        }
        if (filter.mark() != null) {
            jpql.append(" AND a.deadlineMark = :mark AND ").append(OPEN_STATUS);
            p.put("mark", DeadlineMark.valueOf(filter.mark()));
        }
        if (WorklistFilter.UNASSIGNED.equals(filter.assignee())) {
            jpql.append(" AND a.assignedOfficer IS NULL");
        } else if (filter.assignee() != null) {
            jpql.append(" AND a.assignedOfficer = :assignee");
            p.put("assignee", filter.assignee());
        }
        if (filter.text() != null) {
            jpql.append(" AND (LOWER(a.number) LIKE :text ESCAPE '\\' OR a.applicantId LIKE :text ESCAPE '\\'"
                    + " OR LOWER(a.applicantName) LIKE :text ESCAPE '\\')");
            p.put("text", filter.textPattern());
        }
        return new Where(jpql.toString(), p);
    }

    private static WorklistRow row(Object[] c) {
        return new WorklistRow(
                (String) c[0],
                (ApplicationStatus) c[1],
                (String) c[2],
                null,
                null,
                (Operation) c[3],
                (String) c[4],
                (String) c[5],
                (Channel) c[6],
                (Instant) c[7],
                (LocalDate) c[8],
                null,
                (DeadlineMark) c[9],
                (String) c[10],
                Boolean.TRUE.equals(c[11]),
                (LocalDate) c[12]);
    }
}

package kz.elicensing.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
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
 * V80, V140), the next page sought after a cursor (keyset pagination); only the page's rows are read, as columns,
 * never whole applications with their documents.
 */
@ApplicationScoped
public class JpaWorklistStore implements WorklistStore {
    /** The statuses of an application not decided yet. */
    private static final List<ApplicationStatus> OPEN_STATUSES =
            Arrays.stream(ApplicationStatus.values()).filter(s -> !s.isFinal()).toList();

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
                    + " a.receivedAt, a.deadline, a.deadlineMark, a.assignedOfficer, a.paymentToConfirm"
                    + " FROM LicenseApplication a WHERE ";

    @PersistenceContext(unitName = "elicensing")
    EntityManager em;

    @Override
    public List<WorklistRow> page(
            String providerCode, String officer, boolean head, WorklistFilter filter, int offset, int limit) {
        Where where = where(providerCode, officer, head, filter);
        TypedQuery<Object[]> q = em.createQuery(COLUMNS + where.jpql + orderBy(filter), Object[].class);
        where.parameters.forEach(q::setParameter);
        return q.setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(JpaWorklistStore::row)
                .toList();
    }

    @Override
    public List<WorklistRow> pageAfter(
            String providerCode, String officer, boolean head, WorklistFilter filter, WorklistCursor after, int limit) {
        Where where = where(providerCode, officer, head, filter);
        String jpql = COLUMNS + where.jpql + (after == null ? "" : " AND " + keyset(filter)) + orderBy(filter);
        TypedQuery<Object[]> q = em.createQuery(jpql, Object[].class);
        where.parameters.forEach(q::setParameter);
        if (after != null) {
            q.setParameter("after", after.typedValue());
            q.setParameter("afterNumber", after.number());
        }
        return q.setMaxResults(limit).getResultList().stream()
                .map(JpaWorklistStore::row)
                .toList();
    }

    @Override
    public long count(String providerCode, String officer, boolean head, WorklistFilter filter, int cap) {
        Where where = where(providerCode, officer, head, filter);
        // at most cap + 1 numbers, read from the index alone (V140's end with the number), never a whole year's rows
        TypedQuery<String> q =
                em.createQuery("SELECT a.number FROM LicenseApplication a WHERE " + where.jpql, String.class);
        where.parameters.forEach(q::setParameter);
        return q.setMaxResults(cap + 1).getResultList().size();
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
    static Where where(String providerCode, String officer, boolean head, WorklistFilter filter) {
        StringBuilder jpql = new StringBuilder("a.providerCode = :provider");
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("provider", providerCode);
        if (!head) {
            jpql.append(" AND (a.assignedOfficer IS NULL OR a.assignedOfficer = :me)");
            p.put("me", officer);
        }
        if (filter.mine()) {
            jpql.append(" AND a.assignedOfficer = :mine");
            p.put("mine", officer);
        }
        if (WorklistFilter.OPEN.equals(filter.status())) {
            // the open statuses named (not "NOT IN the final ones"): the status index reads each as one range
            jpql.append(" AND a.status IN :open");
            p.put("open", OPEN_STATUSES);
        } else if (filter.status() != null) {
            jpql.append(" AND a.status = :status");
            p.put("status", ApplicationStatus.valueOf(filter.status()));
        }
        if (filter.serviceCode() != null) {
            jpql.append(" AND a.serviceCode = :service");
            p.put("service", filter.serviceCode());
        }
        if (filter.mark() != null) {
            jpql.append(" AND a.deadlineMark = :mark AND a.status IN :markable");
            p.put("mark", DeadlineMark.valueOf(filter.mark()));
            p.put("markable", OPEN_STATUSES);
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
                Boolean.TRUE.equals(c[11]));
    }
}

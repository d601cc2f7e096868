package kz.elicensing.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.elicensing.application.query.WorklistFilter;
import kz.elicensing.application.query.WorklistRow;
import kz.elicensing.application.query.WorklistStore;
import kz.elicensing.domain.application.ApplicationStatus;
import kz.elicensing.domain.application.Channel;
import kz.elicensing.domain.catalog.Operation;
import kz.elicensing.domain.workflow.DeadlineMark;

/**
 * The worklist as one JPQL query: the filter, the visibility, the sort and the page are the database's work (indexes of
 * V80); only the page's rows are read, as columns, never whole applications with their documents.
 */
@ApplicationScoped
public class JpaWorklistStore implements WorklistStore {

    private static final Map<String, String> SORT_PATHS = Map.of(
            "number", "a.number",
            "status", "a.status",
            "service", "a.serviceCode",
            "applicant", "a.applicantName",
            "received", "a.receivedAt",
            "deadline", "a.deadline",
            "assignee", "a.assignedOfficer");

    @PersistenceContext(unitName = "elicensing")
    EntityManager em;

    @Override
    public List<WorklistRow> page(
            String providerCode, String officer, boolean head, WorklistFilter filter, int offset, int limit) {
        Where where = where(providerCode, officer, head, filter);
        String order =
                SORT_PATHS.getOrDefault(filter.sortBy(), "a.deadline") + (filter.descending() ? " DESC" : " ASC");
        TypedQuery<Object[]> q = em.createQuery(
                "SELECT a.number, a.status, a.serviceCode, a.operation, a.applicantId, a.applicantName, a.channel,"
                        + " a.receivedAt, a.deadline, a.deadlineMark, a.assignedOfficer, a.paymentToConfirm"
                        + " FROM LicenseApplication a WHERE " + where.jpql + " ORDER BY " + order + ", a.number ASC",
                Object[].class);
        where.parameters.forEach(q::setParameter);
        return q.setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(JpaWorklistStore::row)
                .toList();
    }

    @Override
    public long count(String providerCode, String officer, boolean head, WorklistFilter filter) {
        Where where = where(providerCode, officer, head, filter);
        TypedQuery<Long> q =
                em.createQuery("SELECT COUNT(a) FROM LicenseApplication a WHERE " + where.jpql, Long.class);
        where.parameters.forEach(q::setParameter);
        return q.getSingleResult();
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
            jpql.append(" AND a.status NOT IN :decided");
            p.put("decided", List.of(ApplicationStatus.ISSUED, ApplicationStatus.REFUSED));
        } else if (filter.status() != null) {
            jpql.append(" AND a.status = :status");
            p.put("status", ApplicationStatus.valueOf(filter.status()));
        }
        if (filter.serviceCode() != null) {
            jpql.append(" AND a.serviceCode = :service");
            p.put("service", filter.serviceCode());
        }
        if (filter.mark() != null) {
            jpql.append(" AND a.deadlineMark = :mark AND a.status NOT IN :closed");
            p.put("mark", DeadlineMark.valueOf(filter.mark()));
            p.put("closed", List.of(ApplicationStatus.ISSUED, ApplicationStatus.REFUSED));
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

package kz.elicensing.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.elicensing.domain.application.ApplicationRepository;
import kz.elicensing.domain.application.ApplicationStatus;
import kz.elicensing.domain.application.LicenseApplication;
import kz.elicensing.domain.workflow.DeadlineMark;

/** Applications in the database (JPA, mapped in orm.xml). */
@ApplicationScoped
public class JpaApplicationRepository implements ApplicationRepository {

    @PersistenceContext(unitName = "elicensing")
    EntityManager em;

    @Override
    public void add(LicenseApplication application) {
        em.persist(application);
    }

    @Override
    public Optional<LicenseApplication> byNumber(String number) {
        return em.createNamedQuery("LicenseApplication.byNumber", LicenseApplication.class)
                .setParameter("number", number)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<LicenseApplication> byRequest(String applicantId, String requestId) {
        return em.createNamedQuery("LicenseApplication.byRequest", LicenseApplication.class)
                .setParameter("applicantId", applicantId)
                .setParameter("requestId", requestId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<String> paidBy(String paymentReference) {
        return em.createNamedQuery("LicenseApplication.paidBy", String.class)
                .setParameter("reference", paymentReference)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<LicenseApplication> byApplicant(String applicantId) {
        return em.createNamedQuery("LicenseApplication.byApplicant", LicenseApplication.class)
                .setParameter("applicantId", applicantId)
                .getResultList();
    }

    @Override
    public List<LicenseApplication> byProviderAndStatus(String providerCode, ApplicationStatus status) {
        return em.createNamedQuery("LicenseApplication.byProviderAndStatus", LicenseApplication.class)
                .setParameter("providerCode", providerCode)
                .setParameter("status", status)
                .getResultList();
    }

    @Override
    public long nextNumberSequence() {
        return Sequences.next(em, "application_number_seq");
    }

    @Override
    public List<LicenseApplication> deadlineMarkCandidates(LocalDate today, LocalDate nearingUntil, int limit) {
        // the open ones in id order through V211_1's partial index on PostgreSQL (the statuses as literals: a bound
        // NOT IN walked all 1,000,000 rows of a year, 4.7 s a minute); the due day: the step's deadline when it comes
        // first (service 8), else the application's
        String due = "(CASE WHEN a.stepDeadline IS NOT NULL AND a.stepDeadline < a.deadline"
                + " THEN a.stepDeadline ELSE a.deadline END)";
        return em.createQuery(
                        "SELECT a FROM LicenseApplication a WHERE " + JpaWorklistStore.OPEN_STATUS + " AND ("
                                + "(" + due + " < :today AND (a.deadlineMark IS NULL OR a.deadlineMark <> :overdue))"
                                + " OR (" + due + " >= :today AND " + due + " <= :nearingUntil"
                                + " AND (a.deadlineMark IS NULL OR a.deadlineMark <> :nearing))"
                                + " OR (" + due + " > :nearingUntil AND a.deadlineMark IS NOT NULL"
                                + " AND a.deadlineMark <> :onTrack)) ORDER BY a.id",
                        LicenseApplication.class)
                .setParameter("today", today)
                .setParameter("nearingUntil", nearingUntil)
                .setParameter("overdue", DeadlineMark.OVERDUE)
                .setParameter("nearing", DeadlineMark.NEARING)
                .setParameter("onTrack", DeadlineMark.ON_TRACK)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<LicenseApplication> byProvider(String providerCode) {
        return em.createQuery(
                        "SELECT a FROM LicenseApplication a WHERE a.providerCode = :p ORDER BY a.id",
                        LicenseApplication.class)
                .setParameter("p", providerCode)
                .getResultList();
    }

    @Override
    public long nextOrderSequence() {
        return Sequences.next(em, "order_number_seq");
    }
}

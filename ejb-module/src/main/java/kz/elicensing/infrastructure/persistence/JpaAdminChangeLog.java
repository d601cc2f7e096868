package kz.elicensing.infrastructure.persistence;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import kz.elicensing.application.audit.AdminArea;
import kz.elicensing.application.audit.AdminChange;
import kz.elicensing.application.audit.AdminChangeLog;

/** Administrative changes in the {@code admin_change} table, written in the caller's transaction. */
@Stateless
public class JpaAdminChangeLog implements AdminChangeLog {
    private static final int DETAIL_MAX = 2000;
    private static final int SUBJECT_MAX = 200;

    @PersistenceContext(unitName = "elicensing")
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(String actor, AdminArea area, String subject, String action, String detail) {
        long id = Sequences.next(em, "admin_change_seq");
        em.createNativeQuery("INSERT INTO admin_change (id, changed_at, actor, area, subject, action, detail)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, id)
                .setParameter(2, Timestamp.from(clock.instant()))
                .setParameter(3, actor == null ? "?" : cut(actor, 100))
                .setParameter(4, area.name())
                .setParameter(5, cut(subject == null ? "" : subject, SUBJECT_MAX))
                .setParameter(6, cut(action, 40))
                .setParameter(7, detail == null ? null : cut(detail, DETAIL_MAX))
                .executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<AdminChange> recent(AdminArea area, String subject, int limit) {
        StringBuilder sql = new StringBuilder(
                "SELECT id, changed_at, actor, area, subject, action, detail FROM admin_change WHERE 1 = 1");
        if (area != null) {
            sql.append(" AND area = ?1");
        }
        if (subject != null) {
            sql.append(" AND subject = ?2");
        }
        sql.append(" ORDER BY changed_at DESC, id DESC");
        var query = em.createNativeQuery(sql.toString()).setMaxResults(Math.max(1, Math.min(limit, 1000)));
        if (area != null) {
            query.setParameter(1, area.name());
        }
        if (subject != null) {
            query.setParameter(2, subject);
        }
        List<AdminChange> changes = new ArrayList<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            changes.add(new AdminChange(
                    ((Number) row[0]).longValue(),
                    instant(row[1]),
                    (String) row[2],
                    AdminArea.valueOf((String) row[3]),
                    (String) row[4],
                    (String) row[5],
                    (String) row[6]));
        }
        return changes;
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Instant i) {
            return i;
        }
        throw new IllegalStateException(
                "admin_change.changed_at as " + value.getClass().getName());
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}

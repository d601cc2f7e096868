package kz.elicensing.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import kz.elicensing.application.deadline.QuestionnaireAnswer;
import kz.elicensing.application.deadline.QuestionnaireStore;
import kz.elicensing.domain.application.SatisfactionLevel;

/** Questionnaires in the {@code questionnaire} table, whose primary key is the application number. */
@ApplicationScoped
public class JpaQuestionnaireStore implements QuestionnaireStore {

    @PersistenceContext(unitName = "elicensing")
    EntityManager em;

    @Override
    public boolean answered(String applicationNumber) {
        Number already = (Number) em.createNativeQuery("SELECT COUNT(*) FROM questionnaire WHERE app_number = ?1")
                .setParameter(1, applicationNumber)
                .getSingleResult();
        return already.intValue() > 0;
    }

    @Override
    public void add(QuestionnaireAnswer a) {
        em.createNativeQuery("INSERT INTO questionnaire (app_number, provider_code, service_code, process_quality,"
                        + " information_quality, answered_at, sender_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, a.applicationNumber())
                .setParameter(2, a.providerCode())
                .setParameter(3, a.serviceCode())
                .setParameter(4, a.processQuality().name())
                .setParameter(5, a.informationQuality().name())
                .setParameter(6, Timestamp.from(a.answeredAt()))
                .setParameter(7, a.senderId())
                .executeUpdate();
    }

    @Override
    public List<QuestionnaireAnswer> ofProvider(String providerCode) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT app_number, service_code, process_quality, information_quality,"
                                + " answered_at, sender_id FROM questionnaire WHERE provider_code = ?1 ORDER BY service_code")
                .setParameter(1, providerCode)
                .getResultList();
        return rows.stream()
                .map(r -> new QuestionnaireAnswer(
                        (String) r[0],
                        providerCode,
                        (String) r[1],
                        SatisfactionLevel.valueOf((String) r[2]),
                        SatisfactionLevel.valueOf((String) r[3]),
                        instant(r[4]),
                        (String) r[5]))
                .toList();
    }

    /** A TIMESTAMP column as the JDBC driver hands it to a native query. */
    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof LocalDateTime l) {
            return Timestamp.valueOf(l).toInstant();
        }
        return value instanceof Instant i ? i : null;
    }
}

package kz.elicensing.application.deadline;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import kz.elicensing.application.officer.OfficerDirectory;
import kz.elicensing.application.deadline.QualityQuestionnaire;
import kz.elicensing.domain.application.ApplicationRepository;
import kz.elicensing.domain.application.LicenseApplication;
import kz.elicensing.domain.application.SatisfactionLevel;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.officer.Officer;

/**
 * Takes the questionnaire once per application, from its own applicant, once the result is out; the table's primary
 * key keeps it once even for two concurrent answers.
 */
@Stateless
public class DefaultQualityQuestionnaire implements QualityQuestionnaire {
    private static final Logger LOG = Logger.getLogger(DefaultQualityQuestionnaire.class.getName());

    @PersistenceContext(unitName = "elicensing")
    EntityManager em;
    @Inject
    ApplicationRepository applications;
    @Inject
    OfficerDirectory officers;
    @Inject
    Clock clock;

    @Override
    public void answer(String senderId, String applicationNumber, String applicantId, SatisfactionLevel processQuality,
                       SatisfactionLevel informationQuality) {
        LicenseApplication a = applications.byNumber(applicationNumber).filter(x -> x.applicantId().equals(applicantId))
                .orElseThrow(() -> new ElicensingException(ErrorCode.APPLICATION_NOT_FOUND,
                        "no application " + applicationNumber + " of " + applicantId, applicationNumber));
        if (!a.status().isFinal()) {
            throw new ElicensingException(ErrorCode.RESULT_NOT_READY, applicationNumber + " is " + a.status()
                    + ": the questionnaire follows the result", applicationNumber);
        }
        Number already = (Number) em.createNativeQuery("SELECT COUNT(*) FROM questionnaire WHERE app_number = ?1")
                .setParameter(1, applicationNumber).getSingleResult();
        if (already.intValue() > 0) {
            throw new ElicensingException(ErrorCode.QUESTIONNAIRE_ALREADY_ANSWERED, applicationNumber + " answered before",
                    applicationNumber);
        }
        em.createNativeQuery("INSERT INTO questionnaire (app_number, provider_code, service_code, process_quality,"
                        + " information_quality, answered_at, sender_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, applicationNumber).setParameter(2, a.providerCode()).setParameter(3, a.serviceCode())
                .setParameter(4, processQuality.name()).setParameter(5, informationQuality.name())
                .setParameter(6, java.sql.Timestamp.from(clock.instant())).setParameter(7, senderId).executeUpdate();
        LOG.info(() -> "questionnaire on " + applicationNumber + ": " + processQuality + "/" + informationQuality);
    }

    @Override
    public List<QuestionnaireRow> summary(String officer) {
        Officer me = officers.officer(officer).orElseThrow(() -> new ElicensingException(ErrorCode.OFFICER_NOT_ALLOWED,
                officer + " is not an officer"));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT service_code, process_quality, information_quality"
                + " FROM questionnaire WHERE provider_code = ?1 ORDER BY service_code").setParameter(1, me.providerCode())
                .getResultList();
        Map<String, int[][]> counts = new LinkedHashMap<>();
        for (Object[] r : rows) {
            int[][] c = counts.computeIfAbsent((String) r[0], k -> new int[3][3]);
            c[0][SatisfactionLevel.valueOf((String) r[1]).ordinal()]++;
            c[1][SatisfactionLevel.valueOf((String) r[2]).ordinal()]++;
            c[2][0]++;
        }
        List<QuestionnaireRow> out = new ArrayList<>();
        counts.forEach((service, c) -> out.add(new QuestionnaireRow(me.providerCode(), service, c[2][0], c[0], c[1])));
        return out;
    }
}

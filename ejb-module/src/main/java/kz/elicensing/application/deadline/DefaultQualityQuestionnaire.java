package kz.elicensing.application.deadline;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import kz.elicensing.domain.application.ApplicationRepository;
import kz.elicensing.domain.application.LicenseApplication;
import kz.elicensing.domain.application.SatisfactionLevel;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.officer.Officer;
import kz.elicensing.domain.officer.OfficerDirectory;

/**
 * Takes the questionnaire once per application, from its own applicant, once the result is out, and sums up the
 * answers per service; the {@link QuestionnaireStore}'s key keeps it once even for two concurrent answers.
 */
@Stateless
public class DefaultQualityQuestionnaire implements QualityQuestionnaire {
    private static final Logger LOG = Logger.getLogger(DefaultQualityQuestionnaire.class.getName());

    @Inject
    QuestionnaireStore store;

    @Inject
    ApplicationRepository applications;

    @Inject
    OfficerDirectory officers;

    @Inject
    Clock clock;

    @Override
    public void answer(
            String senderId,
            String applicationNumber,
            String applicantId,
            SatisfactionLevel processQuality,
            SatisfactionLevel informationQuality) {
        LicenseApplication a = applications
                .byNumber(applicationNumber)
                .filter(x -> x.applicantId().equals(applicantId))
                .orElseThrow(() -> new ElicensingException(
                        ErrorCode.APPLICATION_NOT_FOUND,
                        "no application " + applicationNumber + " of " + applicantId,
                        applicationNumber));
        if (!a.status().isFinal()) {
            throw new ElicensingException(
                    ErrorCode.RESULT_NOT_READY,
                    applicationNumber + " is " + a.status() + ": the questionnaire follows the result",
                    applicationNumber);
        }
        if (store.answered(applicationNumber)) {
            throw new ElicensingException(
                    ErrorCode.QUESTIONNAIRE_ALREADY_ANSWERED,
                    applicationNumber + " answered before",
                    applicationNumber);
        }
        store.add(new QuestionnaireAnswer(
                applicationNumber,
                a.providerCode(),
                a.serviceCode(),
                processQuality,
                informationQuality,
                clock.instant(),
                senderId));
        LOG.info(() -> "questionnaire on " + applicationNumber + ": " + processQuality + "/" + informationQuality);
    }

    @Override
    public List<QuestionnaireRow> summary(String officer) {
        Officer me = officers.officer(officer)
                .orElseThrow(
                        () -> new ElicensingException(ErrorCode.OFFICER_NOT_ALLOWED, officer + " is not an officer"));
        Map<String, int[][]> counts = new LinkedHashMap<>();
        for (QuestionnaireAnswer r : store.ofProvider(me.providerCode())) {
            int[][] c = counts.computeIfAbsent(r.serviceCode(), k -> new int[3][3]);
            c[0][r.processQuality().ordinal()]++;
            c[1][r.informationQuality().ordinal()]++;
            c[2][0]++;
        }
        List<QuestionnaireRow> out = new ArrayList<>();
        counts.forEach((service, c) -> out.add(new QuestionnaireRow(me.providerCode(), service, c[2][0], c[0], c[1])));
        return out;
    }
}

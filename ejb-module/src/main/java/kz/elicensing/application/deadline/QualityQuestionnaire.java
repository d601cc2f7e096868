package kz.elicensing.application.deadline;

import java.util.List;
import kz.elicensing.domain.application.SatisfactionLevel;

/** The quality questionnaire (appendix 3 of Reg. 002 and 004): once per decided application, and its summary. */
public interface QualityQuestionnaire {

    /** The applicant's two answers on their own decided application; a second questionnaire is refused. */
    void answer(
            String senderId,
            String applicationNumber,
            String applicantId,
            SatisfactionLevel processQuality,
            SatisfactionLevel informationQuality);

    /** Per provider and service: how many answered each level of each question (the officer's own provider). */
    List<QuestionnaireRow> summary(String officer);

    /** One summary row; quality and accessibility are the shares (0–100) of "satisfied" answers to question 1 and 2. */
    record QuestionnaireRow(
            String providerCode, String serviceCode, int answers, int[] processQuality, int[] informationQuality) {

        public double qualityPercent() {
            return answers == 0 ? 0 : 100.0 * processQuality[SatisfactionLevel.SATISFIED.ordinal()] / answers;
        }

        public double accessibilityPercent() {
            return answers == 0 ? 0 : 100.0 * informationQuality[SatisfactionLevel.SATISFIED.ordinal()] / answers;
        }
    }
}

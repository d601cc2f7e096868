package kz.elicensing.shep;

import kz.elicensing.domain.application.SatisfactionLevel;

/** A questionnaire as ELICENSE_SubmitQuestionnaire carries it: whose application, and the two answers. */
public record QuestionnaireAnswers(String applicationNumber, String applicantId, SatisfactionLevel processQuality,
                                   SatisfactionLevel informationQuality) {
}

package kz.elicensing.application.deadline;

import java.time.Instant;
import kz.elicensing.domain.application.SatisfactionLevel;

/** One applicant's questionnaire on one decided application, as kept: whose, which provider and service, the two answers. */
public record QuestionnaireAnswer(
        String applicationNumber,
        String providerCode,
        String serviceCode,
        SatisfactionLevel processQuality,
        SatisfactionLevel informationQuality,
        Instant answeredAt,
        String senderId) {}

package kz.elicensing.application.deadline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.elicensing.domain.application.ActorRole;
import kz.elicensing.domain.application.ApplicationStatus;
import kz.elicensing.domain.application.InMemoryApplications;
import kz.elicensing.domain.application.LicenseApplication;
import kz.elicensing.domain.application.SatisfactionLevel;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import org.junit.jupiter.api.Test;

/** The questionnaire: once per decided application, from its applicant; the summary counts each level per service. */
class DefaultQualityQuestionnaireTest {
    static final Instant NOW = Instant.parse("2026-11-23T05:00:00Z");

    final InMemoryApplications applications = new InMemoryApplications(NOW);
    final List<QuestionnaireAnswer> kept = new ArrayList<>();
    final DefaultQualityQuestionnaire questionnaire = new DefaultQualityQuestionnaire();

    DefaultQualityQuestionnaireTest() {
        questionnaire.applications = applications;
        questionnaire.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        questionnaire.officers = username -> Optional.of("DP_ALMATY");
        questionnaire.store = new QuestionnaireStore() {
            @Override
            public boolean answered(String applicationNumber) {
                return kept.stream().anyMatch(a -> a.applicationNumber().equals(applicationNumber));
            }

            @Override
            public void add(QuestionnaireAnswer answer) {
                kept.add(answer);
            }

            @Override
            public List<QuestionnaireAnswer> ofProvider(String providerCode) {
                return kept.stream()
                        .filter(a -> a.providerCode().equals(providerCode))
                        .toList();
            }
        };
    }

    @Test
    void oneQuestionnairePerDecidedApplicationSummedUpPerService() {
        LicenseApplication open = applications.checking("EL-2026-00000001");
        assertEquals(
                ErrorCode.RESULT_NOT_READY,
                assertThrows(
                                ElicensingException.class,
                                () -> questionnaire.answer(
                                        "PORTAL",
                                        open.number(),
                                        open.applicantId(),
                                        SatisfactionLevel.SATISFIED,
                                        SatisfactionLevel.SATISFIED))
                        .code());
        open.moveTo(ApplicationStatus.REFUSED, NOW, ActorRole.SYSTEM, "E-licensing", null);
        assertEquals(
                ErrorCode.APPLICATION_NOT_FOUND,
                assertThrows(
                                ElicensingException.class,
                                () -> questionnaire.answer(
                                        "PORTAL",
                                        open.number(),
                                        "000000000000",
                                        SatisfactionLevel.SATISFIED,
                                        SatisfactionLevel.SATISFIED))
                        .code());

        questionnaire.answer(
                "PORTAL",
                open.number(),
                open.applicantId(),
                SatisfactionLevel.SATISFIED,
                SatisfactionLevel.NOT_SATISFIED);
        assertEquals(
                new QuestionnaireAnswer(
                        open.number(),
                        "DP_ALMATY",
                        "SECURITY_ACTIVITY",
                        SatisfactionLevel.SATISFIED,
                        SatisfactionLevel.NOT_SATISFIED,
                        NOW,
                        "PORTAL"),
                kept.get(0));
        assertEquals(
                ErrorCode.QUESTIONNAIRE_ALREADY_ANSWERED,
                assertThrows(
                                ElicensingException.class,
                                () -> questionnaire.answer(
                                        "PORTAL",
                                        open.number(),
                                        open.applicantId(),
                                        SatisfactionLevel.SATISFIED,
                                        SatisfactionLevel.SATISFIED))
                        .code());

        QualityQuestionnaire.QuestionnaireRow row =
                questionnaire.summary("officer1").get(0);
        assertEquals("SECURITY_ACTIVITY", row.serviceCode());
        assertEquals(1, row.answers());
        assertArrayEquals(new int[] {0, 0, 1}, row.processQuality());
        assertEquals(100.0, row.qualityPercent());
        assertEquals(0.0, row.accessibilityPercent());
    }
}

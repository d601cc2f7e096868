package kz.elicensing.application.deadline;

import java.util.List;

/**
 * The deadlines and quality of the officer's provider: the open applications most urgent first, the SLA summary per
 * service, and the quality questionnaire's summary per service.
 */
public record DeadlinesOverview(
        String providerCode,
        List<WatchedApplication> watched,
        List<SlaRow> sla,
        List<QualityQuestionnaire.QuestionnaireRow> quality) {

    /** The watched applications marked NEARING or OVERDUE. */
    public List<WatchedApplication> marked() {
        return watched.stream()
                .filter(w -> "NEARING".equals(w.mark()) || "OVERDUE".equals(w.mark()))
                .toList();
    }
}

package kz.elicensing.application.deadline;

import java.util.List;

/**
 * The deadlines and quality of the officer's provider: the open applications the officer may see, nearest deadline
 * first (at most {@link DefaultDeadlinesDesk#SHOWN}; {@code watchedMore} when there are more, which the worklist
 * pages through), those of them marked NEARING or OVERDUE (as many at most), the SLA summary per service, and the
 * quality questionnaire's summary per service.
 */
public record DeadlinesOverview(
        String providerCode,
        List<WatchedApplication> watched,
        boolean watchedMore,
        List<WatchedApplication> marked,
        boolean markedMore,
        List<SlaRow> sla,
        List<QualityQuestionnaire.QuestionnaireRow> quality) {}

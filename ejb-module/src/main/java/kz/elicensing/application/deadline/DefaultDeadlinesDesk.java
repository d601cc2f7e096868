package kz.elicensing.application.deadline;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import kz.elicensing.application.query.ApplicationView;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.error.Messages;
import kz.elicensing.domain.officer.OfficerDirectory;

/** Reads the deadline watch, the SLA (SQL) and the questionnaire summary of the officer's provider at once. */
@Stateless
public class DefaultDeadlinesDesk implements DeadlinesDesk {

    @Inject
    DeadlineWatch watch;

    @Inject
    QualityQuestionnaire questionnaire;

    @Inject
    OfficerDirectory officers;

    @Override
    public DeadlinesOverview overview(String officer) {
        String provider = officers.officer(officer == null ? "" : officer)
                .orElseThrow(
                        () -> new ElicensingException(ErrorCode.OFFICER_NOT_ALLOWED, officer + " is not an officer"))
                .providerCode();
        List<WatchedApplication> watched = watch.watched(officer).stream()
                .map(DefaultDeadlinesDesk::watched)
                .toList();
        return new DeadlinesOverview(provider, watched, watch.sla(officer), questionnaire.summary(officer));
    }

    private static WatchedApplication watched(ApplicationView a) {
        return new WatchedApplication(
                a.number(),
                a.serviceCode(),
                a.applicantName(),
                a.stepDeadline() != null ? a.stepDeadline() : a.deadline(),
                a.deadlineMark() == null ? null : a.deadlineMark().name(),
                a.deadlineMark() == null ? null : a.deadlineMark().messageKey(),
                a.deadlineMark() == null ? null : Messages.ru(a.deadlineMark().messageKey()),
                a.deadlineMark() == null ? null : Messages.kk(a.deadlineMark().messageKey()));
    }
}

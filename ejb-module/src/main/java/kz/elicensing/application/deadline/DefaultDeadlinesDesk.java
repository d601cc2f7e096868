package kz.elicensing.application.deadline;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kz.elicensing.application.query.WorklistFilter;
import kz.elicensing.application.query.WorklistRow;
import kz.elicensing.application.query.WorklistStore;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.error.Messages;
import kz.elicensing.domain.officer.Officer;
import kz.elicensing.domain.officer.OfficerDirectory;

/**
 * Reads the deadline watch (the worklist's keyset store: a bounded page of columns, never the open applications as
 * entities), the SLA (SQL) and the questionnaire summary of the officer's provider at once.
 */
@Stateless
public class DefaultDeadlinesDesk implements DeadlinesDesk {
    /** The most open applications, and the most marked ones, the page lists (the worklist pages through the rest). */
    public static final int SHOWN = 200;

    @Inject
    DeadlineWatch watch;

    @Inject
    QualityQuestionnaire questionnaire;

    @Inject
    OfficerDirectory officers;

    @Inject
    WorklistStore worklist;

    @Override
    public DeadlinesOverview overview(String officer) {
        Officer me = officers.officer(officer == null ? "" : officer)
                .orElseThrow(
                        () -> new ElicensingException(ErrorCode.OFFICER_NOT_ALLOWED, officer + " is not an officer"));
        List<WorklistRow> open = read(me, WorklistFilter.open());
        List<WorklistRow> marked = new ArrayList<>(read(me, marked("OVERDUE")));
        marked.addAll(read(me, marked("NEARING")));
        marked.sort(Comparator.comparing(WorklistRow::deadline).thenComparing(WorklistRow::number));
        return new DeadlinesOverview(
                me.providerCode(),
                watched(open),
                open.size() > SHOWN,
                watched(marked),
                marked.size() > SHOWN,
                watch.sla(officer),
                questionnaire.summary(officer));
    }

    /** The open ones of a mark, by deadline (the worklist's NEARING / OVERDUE filter keeps the open ones only). */
    static WorklistFilter marked(String mark) {
        return new WorklistFilter(null, null, mark, null, null, false, "deadline", false);
    }

    /** The first {@link #SHOWN} + 1 rows of the filter the officer may see, by deadline (one more tells "more"). */
    private List<WorklistRow> read(Officer me, WorklistFilter filter) {
        return worklist.pageAfter(me.providerCode(), me.username(), me.isHead(), filter, null, SHOWN + 1);
    }

    /** The first {@link #SHOWN} rows as the page lists them. */
    static List<WatchedApplication> watched(List<WorklistRow> rows) {
        return rows.stream().limit(SHOWN).map(DefaultDeadlinesDesk::watched).toList();
    }

    private static WatchedApplication watched(WorklistRow r) {
        return new WatchedApplication(
                r.number(),
                r.serviceCode(),
                r.applicantName(),
                r.due(),
                r.mark() == null ? null : r.mark().name(),
                r.mark() == null ? null : r.mark().messageKey(),
                r.mark() == null ? null : Messages.ru(r.mark().messageKey()),
                r.mark() == null ? null : Messages.kk(r.mark().messageKey()));
    }
}

package kz.elicensing.application.deadline;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import kz.elicensing.application.check.CheckQueue;
import kz.elicensing.domain.application.ApplicationRepository;
import kz.elicensing.domain.application.LicenseApplication;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.officer.Officer;
import kz.elicensing.domain.officer.OfficerDirectory;
import kz.elicensing.domain.workflow.DeadlineMark;
import kz.elicensing.domain.workflow.DeadlinePolicy;
import kz.elicensing.domain.workflow.WorkingCalendars;
import kz.elicensing.domain.workflow.WorkingDayCalendar;

/**
 * Marks open applications against their deadlines (service 8: its current step's) and sums up the SLA per service from
 * the database's grouped counts (a year of applications is never loaded for it).
 */
@Stateless
public class DefaultDeadlineWatch implements DeadlineWatch {
    private static final Logger LOG = Logger.getLogger(DefaultDeadlineWatch.class.getName());

    @Inject
    ApplicationRepository applications;

    @Inject
    OfficerDirectory officers;

    @Inject
    WorkingCalendars calendars;

    @Inject
    CheckQueue queue;

    @Inject
    SlaStore slaStore;

    @Inject
    Clock clock;

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int scan(int warningWorkingDays) {
        Instant now = clock.instant();
        LocalDate today = DeadlinePolicy.day(now);
        WorkingDayCalendar calendar = calendars.current();
        int changed = 0;
        for (LicenseApplication a :
                applications.deadlineMarkCandidates(today, nearingUntil(today, calendar, warningWorkingDays), BATCH)) {
            if (a.markDeadline(DeadlineMark.of(a.dueDay(), today, calendar, warningWorkingDays), now)) {
                changed++;
                queue.queueNotices(a.number(), a.takeNotices());
            }
        }
        int marked = changed;
        LOG.fine(() -> "deadline scan: " + marked + " marks changed");
        return changed;
    }

    /** The last day a deadline is NEARING on {@code today} (the marks only grow more urgent as the due day comes). */
    static LocalDate nearingUntil(LocalDate today, WorkingDayCalendar calendar, int warningWorkingDays) {
        LocalDate last = today;
        for (LocalDate d = today.plusDays(1);
                DeadlineMark.of(d, today, calendar, warningWorkingDays) == DeadlineMark.NEARING
                        && d.isBefore(today.plusYears(1));
                d = d.plusDays(1)) {
            last = d;
        }
        return last;
    }

    @Override
    public List<SlaRow> sla(String officer) {
        Officer me = officer(officer);
        LocalDate today = DeadlinePolicy.today(clock);
        return SlaSummary.of(
                me.providerCode(),
                slaStore.counts(me.providerCode(), today),
                slaStore.spanDays(me.providerCode()),
                calendars.current());
    }

    private Officer officer(String username) {
        return officers.officer(username)
                .orElseThrow(
                        () -> new ElicensingException(ErrorCode.OFFICER_NOT_ALLOWED, username + " is not an officer"));
    }
}

package kz.elicensing.application.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.elicensing.application.check.CheckKind;
import kz.elicensing.application.check.CheckQueue;
import kz.elicensing.domain.application.ActorRole;
import kz.elicensing.domain.application.ApplicantNotice;
import kz.elicensing.domain.application.ApplicationForm;
import kz.elicensing.domain.application.ApplicationRepository;
import kz.elicensing.domain.application.ApplicationStatus;
import kz.elicensing.domain.application.InMemoryApplications;
import kz.elicensing.domain.application.LicenseApplication;
import kz.elicensing.domain.application.SignedApplication;
import kz.elicensing.domain.catalog.Operation;
import kz.elicensing.domain.party.ApplicantKind;
import kz.elicensing.domain.signature.SignerIdentity;
import kz.elicensing.domain.workflow.DeadlineMark;
import kz.elicensing.domain.workflow.StatutoryCalendar;
import kz.elicensing.domain.workflow.WorkingCalendars;
import kz.elicensing.domain.workflow.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

/**
 * The deadline marks are counted on Almaty's date (the regulations' day), read from the injected clock: at 21:00 UTC
 * on Friday 4 December it is already Saturday 5 December in Almaty, so a deadline of the 4th is overdue and one of the
 * 5th is due today. Counted on the UTC date (or the database's current date in a UTC server), the 4th would be only
 * nearing and the SLA would count no open application overdue.
 */
class DefaultDeadlineWatchTest {
    /** Friday 4 December 2026, 21:00 UTC = Saturday 5 December, 02:00 in Almaty. */
    private static final Instant EVENING_UTC = Instant.parse("2026-12-04T21:00:00Z");

    private static final LocalDate FRIDAY = LocalDate.of(2026, 12, 4);
    private static final LocalDate SATURDAY = LocalDate.of(2026, 12, 5);

    private final List<LicenseApplication> stored = new ArrayList<>();
    private final DefaultDeadlineWatch watch = new DefaultDeadlineWatch();
    private final List<String> notices = new ArrayList<>();

    DefaultDeadlineWatchTest() {
        WorkingDayCalendar calendar = new WorkingDayCalendar(List.of(
                StatutoryCalendar.year(Year.of(2026), LocalDate.of(2026, 5, 27)),
                StatutoryCalendar.year(Year.of(2027), LocalDate.of(2027, 5, 16))));
        watch.calendars = new WorkingCalendars() {
            @Override
            public WorkingDayCalendar current() {
                return calendar;
            }

            @Override
            public void reload() {}
        };
        watch.applications = new Stored();
        watch.queue = new CheckQueue() {
            @Override
            public void enqueue(String applicationNumber, CheckKind kind) {
                throw new AssertionError("the deadline watch queues no check");
            }

            @Override
            public boolean pending(String applicationNumber, CheckKind kind) {
                return false;
            }

            @Override
            public void enqueueNotice(String applicationNumber, ApplicantNotice notice, Instant at) {
                notices.add(applicationNumber + " " + notice + " " + at);
            }
        };
        watch.officers = username -> "officer1".equals(username) ? Optional.of("DP_ALMATY") : Optional.empty();
        // the database's counts, as JdbcSlaStore's SQL makes them: today is the day the watch asks about
        watch.slaStore = new SlaStore() {
            @Override
            public List<ServiceCounts> counts(String providerCode, LocalDate today) {
                List<LicenseApplication> open =
                        stored.stream().filter(a -> !a.status().isFinal()).toList();
                return List.of(new ServiceCounts("SECURITY_ACTIVITY", 0, 0, open.size(), (int)
                        open.stream().filter(a -> a.deadline().isBefore(today)).count()));
            }

            @Override
            public List<SpanDay> spanDays(String providerCode) {
                return List.of();
            }
        };
        // the clock's own zone is UTC, as a server's default may be: the day is still Almaty's
        watch.clock = Clock.fixed(EVENING_UTC, ZoneOffset.UTC);
    }

    @Test
    void at21UtcTheMarksAreCountedOnAlmatysNextDay() {
        LicenseApplication late = inReview("EL-2026-00000001", FRIDAY);
        LicenseApplication dueToday = inReview("EL-2026-00000002", SATURDAY);
        LicenseApplication later = inReview("EL-2026-00000003", LocalDate.of(2026, 12, 22));

        assertEquals(2, watch.scan(2));
        assertEquals(DeadlineMark.OVERDUE, late.deadlineMark(), "the 4th has passed in Almaty");
        assertEquals(DeadlineMark.NEARING, dueToday.deadlineMark(), "the 5th is Almaty's today");
        assertEquals(null, later.deadlineMark(), "on track: not touched");
        assertEquals(EVENING_UTC, late.history().get(late.history().size() - 1).at(), "marked at the clock's instant");
    }

    @Test
    void theNearingDaysAreTheDaysTheMarkCallsNearing() {
        WorkingDayCalendar calendar = watch.calendars.current();
        for (LocalDate today = FRIDAY; today.isBefore(FRIDAY.plusDays(40)); today = today.plusDays(1)) {
            for (int warning = 0; warning <= 5; warning++) {
                LocalDate until = DefaultDeadlineWatch.nearingUntil(today, calendar, warning);
                for (LocalDate due = today; due.isBefore(today.plusDays(30)); due = due.plusDays(1)) {
                    assertEquals(
                            DeadlineMark.of(due, today, calendar, warning),
                            due.isAfter(until) ? DeadlineMark.ON_TRACK : DeadlineMark.NEARING,
                            "due " + due + " seen on " + today + ", warning " + warning);
                }
            }
        }
    }

    @Test
    void aScanMarksOneBatchAndTheNextScanTheRest() {
        for (int i = 1; i <= DeadlineWatch.BATCH + 5; i++) {
            inReview(String.format("EL-2026-%08d", i), FRIDAY);
        }
        assertEquals(DeadlineWatch.BATCH, watch.scan(2));
        assertEquals(5, watch.scan(2));
        assertEquals(0, watch.scan(2));
    }

    @Test
    void aPassedTermIsToldToTheApplicantOnceAndANearingOneIsNot() {
        inReview("EL-2026-00000001", FRIDAY);
        inReview("EL-2026-00000002", SATURDAY);
        watch.scan(2);
        assertEquals(
                List.of("EL-2026-00000001 OVERDUE " + EVENING_UTC),
                notices,
                "overdue is the applicant's news; nearing is the officers' warning");
        assertEquals(0, watch.scan(2));
        assertEquals(1, notices.size(), "a mark that did not change tells nothing again");
    }

    @Test
    void theSlaCountsOverdueOnAlmatysDate() {
        inReview("EL-2026-00000001", FRIDAY);
        inReview("EL-2026-00000002", SATURDAY);
        SlaRow row = watch.sla("officer1").get(0);
        assertEquals(2, row.open());
        assertEquals(1, row.openOverdue(), "only the deadline of the 4th has passed");
    }

    private LicenseApplication inReview(String number, LocalDate deadline) {
        Instant received = Instant.parse("2026-11-23T05:00:00Z");
        SignerIdentity signer = new SignerIdentity(
                "900515300018",
                "150140000012",
                "СӘРСЕНБАЕВ НҰРЛАН",
                "CN=x",
                "CN=ca",
                "1",
                received,
                received.plusSeconds(86_400));
        ApplicationForm form = new ApplicationForm(
                "req-" + number,
                "SECURITY_ACTIVITY",
                Operation.ISSUE,
                null,
                "ru",
                ApplicantKind.LEGAL_ENTITY,
                "150140000012",
                "ТОО «Қорғау-Сервис»",
                "900515300018",
                List.of("GUARD"),
                "PAY-1",
                new BigDecimal("19660.00"),
                signer);
        LicenseApplication a = new LicenseApplication(
                number,
                new SignedApplication(form, new byte[] {1}, "<r/>"),
                "DP_ALMATY",
                "PORTAL",
                "m-" + number,
                received,
                LocalDate.of(2026, 11, 23),
                deadline);
        a.moveTo(ApplicationStatus.CHECKING, received, ActorRole.SYSTEM, "E-licensing", null);
        a.confirmApplicant(received);
        a.confirmPayment(received);
        assertEquals(ApplicationStatus.IN_REVIEW, a.status());
        a.takeNotices(); // registered and in review: queued by the registration and the check
        stored.add(a);
        return a;
    }

    /** The stored applications, all of provider DP_ALMATY. */
    private final class Stored implements ApplicationRepository {
        @Override
        public void add(LicenseApplication application) {
            stored.add(application);
        }

        @Override
        public Optional<LicenseApplication> byNumber(String number) {
            return stored.stream().filter(a -> a.number().equals(number)).findFirst();
        }

        @Override
        public Optional<LicenseApplication> byRequest(String applicantId, String requestId) {
            return Optional.empty();
        }

        @Override
        public Optional<String> paidBy(String paymentReference) {
            return Optional.empty();
        }

        @Override
        public List<LicenseApplication> byApplicant(String applicantId) {
            return List.copyOf(stored);
        }

        @Override
        public List<LicenseApplication> byProviderAndStatus(String providerCode, ApplicationStatus status) {
            return stored.stream().filter(a -> a.status() == status).toList();
        }

        @Override
        public List<LicenseApplication> deadlineMarkCandidates(LocalDate today, LocalDate nearingUntil, int limit) {
            return InMemoryApplications.deadlineMarkCandidates(stored, today, nearingUntil, limit);
        }

        @Override
        public List<LicenseApplication> byProvider(String providerCode) {
            return List.copyOf(stored);
        }

        @Override
        public long nextNumberSequence() {
            return stored.size() + 1;
        }

        @Override
        public long nextOrderSequence() {
            return 1;
        }
    }
}

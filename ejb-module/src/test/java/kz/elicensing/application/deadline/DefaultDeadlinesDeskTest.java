package kz.elicensing.application.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import kz.elicensing.application.query.WorklistCursor;
import kz.elicensing.application.query.WorklistFilter;
import kz.elicensing.application.query.WorklistRow;
import kz.elicensing.application.query.WorklistStore;
import kz.elicensing.domain.application.ApplicationStatus;
import kz.elicensing.domain.application.Channel;
import kz.elicensing.domain.application.SatisfactionLevel;
import kz.elicensing.domain.catalog.Operation;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.officer.Officer;
import kz.elicensing.domain.workflow.DeadlineMark;
import org.junit.jupiter.api.Test;

/**
 * The deadlines page reads the worklist's keyset store, a bounded first page per list (the open ones, the overdue, the
 * nearing), never the provider's open applications as entities; "more" when the store has more than the page shows.
 */
class DefaultDeadlinesDeskTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    private final List<String> reads = new ArrayList<>();
    private final List<WorklistRow> open = new ArrayList<>();
    private final List<WorklistRow> overdue = new ArrayList<>();
    private final List<WorklistRow> nearing = new ArrayList<>();
    private final DefaultDeadlinesDesk desk = new DefaultDeadlinesDesk();

    DefaultDeadlinesDeskTest() {
        desk.officers = new kz.elicensing.domain.officer.OfficerDirectory() {
            @Override
            public Optional<String> providerOf(String username) {
                return officer(username).map(Officer::providerCode);
            }

            @Override
            public Optional<Officer> officer(String username) {
                return switch (username) {
                    case "officer1" -> Optional.of(new Officer("officer1", "O", "DP_ALMATY", "officer"));
                    case "head1" -> Optional.of(new Officer("head1", "H", "DP_ALMATY", Officer.HEAD));
                    default -> Optional.empty();
                };
            }
        };
        desk.worklist = new Store();
        desk.watch = new DeadlineWatch() {
            @Override
            public int scan(int warningWorkingDays) {
                throw new AssertionError("the page marks nothing");
            }

            @Override
            public List<SlaRow> sla(String officer) {
                return List.of();
            }
        };
        desk.questionnaire = new QualityQuestionnaire() {
            @Override
            public void answer(
                    String senderId,
                    String applicationNumber,
                    String applicantId,
                    SatisfactionLevel processQuality,
                    SatisfactionLevel informationQuality) {
                throw new AssertionError("the page answers nothing");
            }

            @Override
            public List<QuestionnaireRow> summary(String officer) {
                return List.of();
            }
        };
    }

    private static WorklistRow row(int n, int day, DeadlineMark mark, LocalDate stepDeadline) {
        return new WorklistRow(
                String.format("EL-2026-%08d", n),
                ApplicationStatus.IN_REVIEW,
                "SECURITY_ACTIVITY",
                null,
                null,
                Operation.ISSUE,
                "150140000012",
                "ТОО " + n,
                Channel.PORTAL,
                Instant.parse("2026-11-02T05:00:00Z"),
                DAY.plusDays(day),
                null,
                mark,
                null,
                false,
                stepDeadline);
    }

    @Test
    void theOpenAndTheMarkedAreBoundedFirstPagesOfTheWorklistByDeadline() {
        IntStream.range(0, 500).forEach(n -> open.add(row(n, n / 10, DeadlineMark.ON_TRACK, null)));
        overdue.add(row(900, -3, DeadlineMark.OVERDUE, null));
        overdue.add(row(901, 1, DeadlineMark.OVERDUE, DAY.minusDays(1)));
        nearing.add(row(902, 0, DeadlineMark.NEARING, null));

        DeadlinesOverview o = desk.overview("officer1");

        assertEquals(
                List.of(
                        "officer1 false OPEN null deadline 201",
                        "officer1 false null OVERDUE deadline 201",
                        "officer1 false null NEARING deadline 201"),
                reads,
                "three first pages of the officer's visibility, each one row more than shown");
        assertEquals(DefaultDeadlinesDesk.SHOWN, o.watched().size());
        assertTrue(o.watchedMore(), "the store had more than the page shows");
        assertEquals("EL-2026-00000000", o.watched().get(0).number());
        assertEquals(
                List.of("EL-2026-00000900", "EL-2026-00000902", "EL-2026-00000901"),
                o.marked().stream().map(WatchedApplication::number).toList(),
                "overdue and nearing merged by deadline, then number");
        assertFalse(o.markedMore());
        WatchedApplication stepped = o.marked().get(2);
        assertEquals(DAY.minusDays(1), stepped.due(), "service 8: the current step's deadline is the one due");
        assertEquals("OVERDUE", stepped.mark());
        assertEquals(DeadlineMark.OVERDUE.messageKey(), stepped.markKey());
        assertEquals(DAY, o.marked().get(1).due());
    }

    @Test
    void theHeadReadsEveryOneOfTheProviderAndAStrangerIsRefused() {
        open.add(row(1, 0, null, null));
        DeadlinesOverview o = desk.overview("head1");
        assertTrue(reads.get(0).startsWith("head1 true OPEN"), reads.toString());
        assertEquals(1, o.watched().size());
        assertFalse(o.watchedMore());
        assertEquals(null, o.watched().get(0).mark());
        ElicensingException e = assertThrows(ElicensingException.class, () -> desk.overview("nobody"));
        assertEquals(ErrorCode.OFFICER_NOT_ALLOWED, e.code());
    }

    /** The worklist's store: records each read, answers the list of the filter's mark, at most the limit. */
    private final class Store implements WorklistStore {
        @Override
        public List<WorklistRow> page(
                String providerCode, String officer, boolean head, WorklistFilter filter, int offset, int limit) {
            throw new AssertionError("the deadlines page reads first pages only");
        }

        @Override
        public List<WorklistRow> pageAfter(
                String providerCode,
                String officer,
                boolean head,
                WorklistFilter filter,
                WorklistCursor after,
                int limit) {
            assertEquals("DP_ALMATY", providerCode);
            assertEquals(null, after);
            reads.add(String.join(
                    " ",
                    officer,
                    String.valueOf(head),
                    String.valueOf(filter.status()),
                    String.valueOf(filter.mark()),
                    filter.sortBy(),
                    String.valueOf(limit)));
            List<WorklistRow> rows = filter.mark() == null ? open : "OVERDUE".equals(filter.mark()) ? overdue : nearing;
            return rows.subList(0, Math.min(limit, rows.size()));
        }

        @Override
        public long count(String providerCode, String officer, boolean head, WorklistFilter filter, int cap) {
            throw new AssertionError("the deadlines page counts nothing");
        }
    }
}

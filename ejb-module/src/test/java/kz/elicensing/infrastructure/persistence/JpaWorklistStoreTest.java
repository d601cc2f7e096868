package kz.elicensing.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.elicensing.application.query.WorklistFilter;
import kz.elicensing.application.query.WorklistRow;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The worklist query on a migrated database: what an officer may see (the provider's, unassigned or their own; the
 * head all), each filter, the sort and the page, all done by the query.
 */
class JpaWorklistStoreTest {
    private JdbcDataSource db;
    private EntityManagerFactory emf;
    private EntityManager em;
    private final JpaWorklistStore store = new JpaWorklistStore();
    private long id = 1;

    @BeforeEach
    void database() throws SQLException {
        db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:worklist-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        db.setUser("sa");
        db.setPassword("sa");
        DatabaseMigrator.flyway(db, List.of("classpath:db/migration")).migrate();
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            for (String officer : List.of("officer1", "officer2")) {
                s.executeUpdate("INSERT INTO officer (username, password_hash, full_name, provider_code, officer_role)"
                        + " VALUES ('" + officer + "', 'x', '" + officer + "', 'DP_ALMATY', 'officer')");
            }
        }
        // DP_ALMATY: five open (two assigned), one issued; another provider's one
        row(
                "EL-2026-00000001",
                "DP_ALMATY",
                "IN_REVIEW",
                "150140000012",
                "ТОО «Қорғау-Сервис»",
                "2026-11-20",
                null,
                null);
        row("EL-2026-00000002", "DP_ALMATY", "IN_REVIEW", "990101300011", "Иванов Иван", "2026-11-10", "OVERDUE", null);
        row(
                "EL-2026-00000003",
                "DP_ALMATY",
                "CHECKING",
                "150140000099",
                "ТОО 50%_Скидка",
                "2026-11-25",
                "NEARING",
                null);
        row("EL-2026-00000004", "DP_ALMATY", "IN_REVIEW", "150140000111", "ТОО Альфа", "2026-11-15", null, "officer1");
        row("EL-2026-00000005", "DP_ALMATY", "IN_REVIEW", "150140000222", "ТОО Бета", "2026-11-12", null, "officer2");
        row("EL-2026-00000006", "DP_ALMATY", "ISSUED", "150140000333", "ТОО Гамма", "2026-11-01", "OVERDUE", null);
        row("EL-2026-00000007", "DP_ASTANA", "IN_REVIEW", "150140000444", "ТОО Дельта", "2026-11-11", null, null);
        emf = Persistence.createEntityManagerFactory(
                "registry-test",
                Map.of(
                        "jakarta.persistence.jdbc.driver", "org.h2.Driver",
                        "jakarta.persistence.jdbc.url", db.getURL(),
                        "jakarta.persistence.jdbc.user", "sa",
                        "jakarta.persistence.jdbc.password", "sa"));
        em = emf.createEntityManager();
        store.em = em;
    }

    @AfterEach
    void close() throws SQLException {
        em.close();
        emf.close();
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
    }

    private void row(
            String number,
            String provider,
            String status,
            String applicantId,
            String name,
            String deadline,
            String mark,
            String assignee)
            throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement("INSERT INTO application (id, version, app_number,"
                        + " request_id, service_code, provider_code, operation, lang, applicant_kind, applicant_id,"
                        + " applicant_name, signer_iin, payment_reference, payment_amount, sender_id, message_id,"
                        + " status, received_at, registered_on, deadline, applicant_confirmed, payment_confirmed,"
                        + " signed_document, deadline_mark, assigned_officer, channel) VALUES (?, 0, ?, ?,"
                        + " 'SECURITY_ACTIVITY', ?, 'ISSUE', 'ru', 'LEGAL_ENTITY', ?, ?, '900515300018', ?, 19660.00,"
                        + " 'PORTAL', ?, ?, TIMESTAMP WITH TIME ZONE '2026-11-02 10:00:00+05', DATE '2026-11-02', ?,"
                        + " TRUE, TRUE, X'00', ?, ?, 'PORTAL')")) {
            ps.setLong(1, id++);
            ps.setString(2, number);
            ps.setString(3, UUID.randomUUID().toString());
            ps.setString(4, provider);
            ps.setString(5, applicantId);
            ps.setString(6, name);
            ps.setString(7, "PAY-" + number);
            ps.setString(8, UUID.randomUUID().toString());
            ps.setString(9, status);
            ps.setDate(10, java.sql.Date.valueOf(deadline));
            ps.setString(11, mark);
            ps.setString(12, assignee);
            ps.executeUpdate();
        }
    }

    private static WorklistFilter filter(String status, String mark, String assignee, String text, boolean mine) {
        return new WorklistFilter(status, null, mark, assignee, text, mine, "deadline", false);
    }

    private List<String> numbers(String officer, boolean head, WorklistFilter f) {
        return store.page("DP_ALMATY", officer, head, f, 0, 50).stream()
                .map(WorklistRow::number)
                .map(n -> n.substring(n.length() - 1))
                .toList();
    }

    @Test
    void anOfficerSeesTheUnassignedAndTheirOwnTheHeadSeesEveryOneOfTheProvider() {
        WorklistFilter open = filter(WorklistFilter.OPEN, null, null, null, false);
        assertEquals(List.of("2", "4", "1", "3"), numbers("officer1", false, open), "by deadline, officer2's left out");
        assertEquals(List.of("2", "5", "4", "1", "3"), numbers("head1", true, open));
        assertEquals(5, store.count("DP_ALMATY", "head1", true, open, 100));
        assertEquals(4, store.count("DP_ALMATY", "head1", true, open, 3), "counted up to the cap and one more");
        assertEquals(
                List.of("6", "2", "5", "4", "1", "3"), numbers("head1", true, filter(null, null, null, null, false)));
    }

    @Test
    void eachFilterNarrowsTheList() {
        assertEquals(List.of("3"), numbers("head1", true, filter("CHECKING", null, null, null, false)));
        assertEquals(
                List.of("2"), numbers("head1", true, filter(null, "OVERDUE", null, null, false)), "not the issued");
        assertEquals(List.of("5"), numbers("head1", true, filter(null, null, "officer2", null, false)));
        assertEquals(
                List.of("2", "1", "3"), numbers("head1", true, filter(WorklistFilter.OPEN, null, "-", null, false)));
        assertEquals(List.of("4"), numbers("officer1", false, filter(null, null, null, null, true)), "my cases");
        assertEquals(List.of("2"), numbers("head1", true, filter(null, null, null, "иванов", false)), "name, any case");
        assertEquals(List.of("4"), numbers("head1", true, filter(null, null, null, "0000111", false)), "IIN/BIN");
        assertEquals(List.of("5"), numbers("head1", true, filter(null, null, null, "el-2026-00000005", false)));
        assertEquals(List.of("3"), numbers("head1", true, filter(null, null, null, "50%_", false)), "% and _ literal");
        assertEquals(List.of(), numbers("head1", true, filter(null, null, null, "Дельта", false)), "another provider");
    }

    @Test
    void theQuerySortsAndPages() {
        WorklistFilter byNumberDescending =
                new WorklistFilter(WorklistFilter.OPEN, null, null, null, null, false, "number", true);
        List<WorklistRow> first = store.page("DP_ALMATY", "head1", true, byNumberDescending, 0, 2);
        List<WorklistRow> second = store.page("DP_ALMATY", "head1", true, byNumberDescending, 2, 2);
        List<WorklistRow> third = store.page("DP_ALMATY", "head1", true, byNumberDescending, 4, 2);
        assertEquals(
                List.of("ТОО Бета", "ТОО Альфа"),
                first.stream().map(WorklistRow::applicantName).toList());
        assertEquals(
                List.of("ТОО 50%_Скидка", "Иванов Иван"),
                second.stream().map(WorklistRow::applicantName).toList());
        assertEquals(
                List.of("ТОО «Қорғау-Сервис»"),
                third.stream().map(WorklistRow::applicantName).toList());
        WorklistRow row = second.get(1);
        assertEquals("990101300011", row.applicantId());
        assertEquals(row.deadline(), row.due(), "no procedure step: due on the deadline");
        assertEquals("OVERDUE", row.shownMark());
        assertTrue(row.receivedAt() != null && row.deadline() != null);
    }

    /** Every row of the filter, read page after page by the cursor of each page's last row. */
    private List<String> keysetPages(WorklistFilter f, int size) {
        List<String> seen = new java.util.ArrayList<>();
        kz.elicensing.application.query.WorklistCursor after = null;
        for (int pages = 0; pages < 20; pages++) {
            List<WorklistRow> page = store.pageAfter("DP_ALMATY", "head1", true, f, after, size);
            page.forEach(r -> seen.add(r.number().substring(r.number().length() - 2)));
            if (page.size() < size) {
                return seen;
            }
            after = kz.elicensing.application.query.WorklistCursor.after(page.get(page.size() - 1), f.sortBy());
        }
        throw new AssertionError("the pages never ended: " + seen);
    }

    @Test
    void aRowCarriesTheCurrentStepsDeadlineWhichTheDeadlinesPageShowsAsDue() throws SQLException {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate(
                    "UPDATE application SET step_deadline = DATE '2026-11-05' WHERE app_number = 'EL-2026-00000001'");
        }
        WorklistRow row = store
                .pageAfter("DP_ALMATY", "head1", true, filter(WorklistFilter.OPEN, null, null, null, false), null, 50)
                .stream()
                .filter(r -> r.number().equals("EL-2026-00000001"))
                .findFirst()
                .orElseThrow();
        assertEquals(java.time.LocalDate.of(2026, 11, 5), row.stepDeadline());
        assertEquals(java.time.LocalDate.of(2026, 11, 5), row.due());
        assertEquals(java.time.LocalDate.of(2026, 11, 20), row.deadline());
    }

    @Test
    void keysetPagesNeitherRepeatNorSkipRowsWhenSortedByDeadlineWithTies() throws SQLException {
        // five more on 2026-11-12, the deadline of EL-...05 already: six rows tie on one deadline
        for (int n = 10; n < 15; n++) {
            row("EL-2026-000000" + n, "DP_ALMATY", "IN_REVIEW", "15014000" + n + "00", null, "2026-11-12", null, null);
        }
        WorklistFilter byDeadline = filter(WorklistFilter.OPEN, null, null, null, false);
        List<String> all = store.page("DP_ALMATY", "head1", true, byDeadline, 0, 50).stream()
                .map(r -> r.number().substring(r.number().length() - 2))
                .toList();
        assertEquals(List.of("02", "05", "10", "11", "12", "13", "14", "04", "01", "03"), all, "ties by number");
        for (int size = 1; size <= 4; size++) {
            assertEquals(all, keysetPages(byDeadline, size), "pages of " + size);
        }
        WorklistFilter byDeadlineDescending =
                new WorklistFilter(WorklistFilter.OPEN, null, null, null, null, false, "deadline", true);
        assertEquals(
                List.of("03", "01", "04", "05", "10", "11", "12", "13", "14", "02"),
                keysetPages(byDeadlineDescending, 3),
                "latest first, ties still by number");
        WorklistFilter byApplicant =
                new WorklistFilter(WorklistFilter.OPEN, null, null, null, null, false, "applicant", false);
        assertEquals(
                List.of("10", "11", "12", "13", "14", "02", "03", "01", "04", "05"),
                keysetPages(byApplicant, 2),
                "no name sorts as empty text, before every name");
        WorklistFilter byAssignee = new WorklistFilter(null, null, null, null, null, false, "assignee", true);
        assertEquals(11, keysetPages(byAssignee, 5).size(), "every row of the provider, each once");
    }

    /** Every row an officer sees, page after page by the cursor of each page's last row. */
    private List<String> officerKeysetPages(String officer, WorklistFilter f, int size) {
        List<String> seen = new java.util.ArrayList<>();
        kz.elicensing.application.query.WorklistCursor after = null;
        for (int pages = 0; pages < 20; pages++) {
            List<WorklistRow> page = store.pageAfter("DP_ALMATY", officer, false, f, after, size);
            page.forEach(r -> seen.add(r.number().substring(r.number().length() - 2)));
            if (page.size() < size) {
                return seen;
            }
            after = kz.elicensing.application.query.WorklistCursor.after(page.get(page.size() - 1), f.sortBy());
        }
        throw new AssertionError("the pages never ended: " + seen);
    }

    @Test
    void anOfficersUnassignedAndOwnAreReadAsTwoRangesMergedInTheSortsOrder() throws SQLException {
        // ties on 2026-11-12 across the two sides: officer1's own and unassigned ones, and officer2's (not seen)
        row("EL-2026-00000010", "DP_ALMATY", "IN_REVIEW", "150140001000", null, "2026-11-12", null, "officer1");
        row("EL-2026-00000011", "DP_ALMATY", "IN_REVIEW", "150140001100", null, "2026-11-12", null, null);
        row("EL-2026-00000012", "DP_ALMATY", "IN_REVIEW", "150140001200", null, "2026-11-12", null, "officer2");
        row("EL-2026-00000013", "DP_ALMATY", "ISSUED", "150140001300", null, "2026-11-12", null, "officer1");
        row("EL-2026-00000014", "DP_ALMATY", "CHECKING", "150140001400", null, "2026-11-12", null, "officer1");
        WorklistFilter open = filter(WorklistFilter.OPEN, null, null, null, false);
        assertTrue(JpaWorklistStore.split(false, open), "the officer's default list is read as two queries");
        assertTrue(!JpaWorklistStore.split(true, open), "the head's is one");
        List<String> all = List.of("02", "10", "11", "14", "04", "01", "03");
        assertEquals(
                all,
                store.page("DP_ALMATY", "officer1", false, open, 0, 50).stream()
                        .map(r -> r.number().substring(r.number().length() - 2))
                        .toList(),
                "by deadline, ties by number, officer2's and the decided left out");
        assertEquals(
                List.of("14", "04"),
                store.page("DP_ALMATY", "officer1", false, open, 3, 2).stream()
                        .map(r -> r.number().substring(r.number().length() - 2))
                        .toList(),
                "an offset page of the merged order");
        for (int size = 1; size <= 4; size++) {
            assertEquals(all, officerKeysetPages("officer1", open, size), "pages of " + size);
        }
        WorklistFilter latestFirst =
                new WorklistFilter(WorklistFilter.OPEN, null, null, null, null, false, "deadline", true);
        assertEquals(
                List.of("03", "01", "04", "10", "11", "14", "02"),
                officerKeysetPages("officer1", latestFirst, 2),
                "latest first, ties still by number");
        WorklistFilter byNumber = new WorklistFilter(null, null, null, null, null, false, "number", true);
        assertTrue(!JpaWorklistStore.split(false, byNumber), "another sort: the one query with the OR");
        assertEquals(
                List.of("14", "13", "11", "10", "06", "04", "03", "02", "01"),
                officerKeysetPages("officer1", byNumber, 4),
                "every status, by number descending");
        assertEquals(7, store.count("DP_ALMATY", "officer1", false, open, 100));
        assertEquals(4, store.count("DP_ALMATY", "officer1", false, open, 3), "capped across the two: cap and one");
        assertEquals(3, store.count("DP_ALMATY", "officer1", false, open, 2), "capped within the officer's own");
        assertEquals(6, store.count("DP_ALMATY", "officer2", false, open, 100), "officer2: 05, 12 and four unassigned");
    }
}

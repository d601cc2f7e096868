package kz.elicensing.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import kz.elicensing.application.query.ApplicationView;
import kz.elicensing.application.query.WorklistCursor;
import kz.elicensing.application.query.WorklistFilter;
import kz.elicensing.application.query.WorklistRow;
import kz.elicensing.application.registry.LicenseFilter;
import kz.elicensing.application.registry.RegistryDesk;
import kz.elicensing.domain.evidence.Direction;
import kz.elicensing.domain.evidence.EvidenceChain;
import kz.elicensing.domain.evidence.EvidenceKind;
import kz.elicensing.domain.evidence.EvidenceRecord;

/**
 * The year-of-data query harness (issue 16, item 4): runs each page's query through the application's own query
 * classes (the worklist's JPQL, the status by IIN/BIN's named query, the registry search's and the SLA's SQL) on a
 * generated PostgreSQL database, 200 times each after a warm-up, and prints p50/p95/max in milliseconds.
 */
public final class YearOfDataQueries {
    private static final int WARM_UP = 20;

    private YearOfDataQueries() {}

    /** Arguments: the JDBC URL; optionally the runs per query (200). */
    public static void main(String[] args) throws Exception {
        String url = args[0];
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        EntityManagerFactory emf = Persistence.createEntityManagerFactory(
                "registry-test",
                Map.of(
                        "jakarta.persistence.jdbc.driver", "org.postgresql.Driver",
                        "jakarta.persistence.jdbc.url", url,
                        "eclipselink.logging.level", "SEVERE"));
        EntityManager em = emf.createEntityManager();
        JpaWorklistStore worklist = new JpaWorklistStore();
        worklist.em = em;
        JpaApplicationRepository applications = new JpaApplicationRepository();
        applications.em = em;
        try (Connection c = DriverManager.getConnection(url)) {
            String big = one(c, "SELECT provider_code FROM application GROUP BY 1 ORDER BY count(*) DESC LIMIT 1");
            String head = "yod." + big.toLowerCase() + ".0";
            String officer = "yod." + big.toLowerCase() + ".3";
            LocalDate today = LocalDate.parse(one(c, "SELECT max(registered_on) FROM application"));
            List<String> applicants =
                    column(c, "SELECT applicant_id FROM application TABLESAMPLE SYSTEM (1) LIMIT 500");
            List<String> numbers = column(c, "SELECT license_number FROM license TABLESAMPLE SYSTEM (5) LIMIT 500");
            List<String> holders = column(c, "SELECT holder_id FROM license TABLESAMPLE SYSTEM (5) LIMIT 500");
            List<String> names = List.of("барыс", "қорғау", "сервис 12", "агро-жол", "ким виктор", "алтын-kz 5");
            System.out.printf(
                    "provider %s (%s applications), today %s%n",
                    big, one(c, "SELECT count(*) FROM application WHERE provider_code = '" + big + "'"), today);
            System.out.println(chain(c));
            System.out.printf("%-58s %8s %8s %8s %8s%n", "query", "p50 ms", "p95 ms", "max ms", "rows");

            WorklistFilter open = WorklistFilter.open();
            WorklistFilter all = new WorklistFilter(null, null, null, null, null, false, "deadline", false);
            WorklistFilter received = new WorklistFilter(null, null, null, null, null, false, "received", true);
            WorklistFilter overdue = new WorklistFilter(null, null, "OVERDUE", null, null, false, "deadline", false);
            measure(
                    "worklist: open, by deadline, first page + count (head)",
                    runs,
                    () -> worklistPage(worklist, big, head, true, open, null));
            measure(
                    "worklist: open, by deadline, first page + count (officer)",
                    runs,
                    () -> worklistPage(worklist, big, officer, false, open, null));
            measure(
                    "worklist: overdue, first page + count (head)",
                    runs,
                    () -> worklistPage(worklist, big, head, true, overdue, null));
            WorklistCursor deepAll = cursorAt(worklist, big, head, all, 200);
            measure(
                    "worklist: all, by deadline, page 201 by cursor + count",
                    runs,
                    () -> worklistPage(worklist, big, head, true, all, deepAll));
            WorklistCursor deepReceived = cursorAt(worklist, big, head, received, 200);
            measure(
                    "worklist: all, newest received, page 201 by cursor + count",
                    runs,
                    () -> worklistPage(worklist, big, head, true, received, deepReceived));
            measure(
                    "worklist: all, by deadline, page 201 by OFFSET (before)",
                    runs,
                    () -> worklist.page(big, head, true, all, 200 * 50, 51).size()
                            + (int) worklist.count(big, head, true, all, 10_000));
            int[] i = {0};
            measure("status by IIN/BIN (SOAP byApplicant)", runs, () -> {
                em.clear();
                return applications.byApplicant(applicants.get(i[0]++ % applicants.size())).stream()
                        .map(ApplicationView::of)
                        .toList()
                        .size();
            });
            measure(
                    "registry: by license number (page + count)",
                    runs,
                    () -> registry(
                            c,
                            new LicenseFilter(
                                    numbers.get(i[0]++ % numbers.size()), null, null, null, null, null, null)));
            measure(
                    "registry: by holder BIN/IIN (page + count)",
                    runs,
                    () -> registry(
                            c,
                            new LicenseFilter(
                                    null, holders.get(i[0]++ % holders.size()), null, null, null, null, null)));
            measure(
                    "registry: holder name substring (page + count)",
                    runs,
                    () -> registry(
                            c,
                            new LicenseFilter(null, null, names.get(i[0]++ % names.size()), null, null, null, null)));
            measure(
                    "registry: newest first, no filter (page + count)",
                    runs,
                    () -> registry(c, new LicenseFilter(null, null, null, null, null, null, null)));
            measure(
                    "SLA summary: counts + span days (" + big + ")",
                    runs,
                    () -> JdbcSlaStore.counts(c, big, today).size()
                            + JdbcSlaStore.spanDays(c, big).size());
            measure(
                    "SLA summary: counts + span days (DP_ALMATY)",
                    runs,
                    () -> JdbcSlaStore.counts(c, "DP_ALMATY", today).size()
                            + JdbcSlaStore.spanDays(c, "DP_ALMATY").size());
        } finally {
            em.close();
            emf.close();
        }
    }

    /** What the worklist use case reads for one page: the page (one row more) and the capped count. */
    private static int worklistPage(
            JpaWorklistStore store, String provider, String officer, boolean head, WorklistFilter f, WorklistCursor c) {
        store.em.clear();
        List<WorklistRow> rows = store.pageAfter(provider, officer, head, f, c, 51);
        return rows.size() + (int) store.count(provider, officer, head, f, 10_000);
    }

    /** The cursor after {@code pages} pages of 50, walked page by page as a user would. */
    private static WorklistCursor cursorAt(
            JpaWorklistStore store, String provider, String officer, WorklistFilter f, int pages) {
        WorklistCursor after = null;
        for (int p = 0; p < pages; p++) {
            List<WorklistRow> rows = store.pageAfter(provider, officer, true, f, after, 50);
            after = WorklistCursor.after(rows.get(rows.size() - 1), f.sortBy());
        }
        return after;
    }

    private static int registry(Connection c, LicenseFilter f) throws SQLException {
        return JdbcLicenseSearch.page(c, f, 0, 20).size() + JdbcLicenseSearch.count(c, f, RegistryDesk.countCap(f));
    }

    private static void measure(String name, int runs, Callable<Integer> query) throws Exception {
        int rows = 0;
        for (int w = 0; w < WARM_UP; w++) {
            rows = query.call();
        }
        long[] ns = new long[runs];
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            rows = query.call();
            ns[r] = System.nanoTime() - start;
        }
        Arrays.sort(ns);
        System.out.printf(
                "%-58s %8.1f %8.1f %8.1f %8d%n",
                name, ns[runs / 2] / 1e6, ns[(int) Math.ceil(runs * 0.95) - 1] / 1e6, ns[runs - 1] / 1e6, rows);
        System.out.flush();
    }

    /** The evidence chain's first 5,000 rows recomputed with {@link EvidenceChain}, and the head's last row. */
    private static String chain(Connection c) throws SQLException {
        String previous = EvidenceChain.GENESIS;
        long checked = 0;
        try (Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery("SELECT seq, recorded_at, direction, kind, channel, message_id, sender_id,"
                                + " app_number, content, content_sha256, prev_hash, row_hash FROM evidence_entry"
                                + " WHERE seq <= 5000 ORDER BY seq")) {
            while (rs.next()) {
                EvidenceRecord r = new EvidenceRecord(
                        rs.getObject(2, java.time.OffsetDateTime.class).toInstant(),
                        Direction.valueOf(rs.getString(3)),
                        EvidenceKind.valueOf(rs.getString(4)),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getBytes(9));
                String contentSha = EvidenceChain.sha256Hex(r.content());
                String hash = EvidenceChain.rowHash(rs.getLong(1), r, contentSha, previous);
                if (!contentSha.equals(rs.getString(10))
                        || !previous.equals(rs.getString(11))
                        || !hash.equals(rs.getString(12))) {
                    throw new IllegalStateException("evidence row " + rs.getLong(1) + " does not chain");
                }
                previous = hash;
                checked++;
            }
        }
        String head = one(
                c,
                "SELECT h.last_hash = e.row_hash FROM evidence_head h JOIN evidence_entry e ON e.seq ="
                        + " h.last_seq");
        return "evidence chain: first " + checked + " rows recomputed, all chain; the head names the last row: " + head;
    }

    private static String one(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static List<String> column(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}

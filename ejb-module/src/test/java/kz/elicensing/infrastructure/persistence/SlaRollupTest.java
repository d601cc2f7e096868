package kz.elicensing.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kz.elicensing.application.deadline.SlaRow;
import kz.elicensing.application.deadline.SlaStore;
import kz.elicensing.application.deadline.SlaSummary;
import kz.elicensing.domain.application.ActorRole;
import kz.elicensing.domain.application.ApplicationForm;
import kz.elicensing.domain.application.ApplicationStatus;
import kz.elicensing.domain.application.LicenseApplication;
import kz.elicensing.domain.application.SignedApplication;
import kz.elicensing.domain.catalog.Operation;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.party.ApplicantKind;
import kz.elicensing.domain.signature.SignerIdentity;
import kz.elicensing.domain.workflow.DeadlinePolicy;
import kz.elicensing.domain.workflow.StatutoryCalendar;
import kz.elicensing.domain.workflow.WorkingDayCalendar;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SLA rollup and its deltas (V200) give the same summary as the aggregate over the applications themselves (the SQL
 * the summary ran before it), before, between and after folds: a generated set of applications written through the
 * mapping, as the server writes them (refused at registration, issued on time and late, refused on a ground, the
 * ministerial order of service 8, decided in the transaction that registered it or after a flush, open ones past and
 * before their deadline, failed checks, closed rows from before decision days existed), on several days; what the
 * mapping wrote, folded, equals the migration's backfill; two decisions of one service on one day do not wait for each
 * other; two folders at once fold each delta once.
 */
class SlaRollupTest {
    private static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(List.of(
            StatutoryCalendar.year(Year.of(2026), LocalDate.of(2026, 5, 27)),
            StatutoryCalendar.year(Year.of(2027), LocalDate.of(2027, 5, 16))));
    private static final String[][] SERVICES = {
        {"DP_ALMATY", "SECURITY_ACTIVITY"},
        {"DP_ALMATY", "TRAINING_CENTER"},
        {"AGRI_ALMATY_REGION", "VETERINARY"},
        {"AGRI_ALMATY_REGION", "PESTICIDE_SALE"},
        {"MOJ_ENFORCEMENT", "PRIVATE_BAILIFF"}
    };
    private static final List<LocalDate> TODAYS =
            List.of(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 12, 5), LocalDate.of(2027, 2, 1));

    /** The summary's two queries before the rollup, over every application of the provider. */
    private static final String SCAN_COUNTS = "SELECT service_code,"
            + " SUM(CASE WHEN decided_on IS NOT NULL THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN decided_on IS NOT NULL AND decided_on <= deadline THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN decided_on IS NULL AND status NOT IN ('ISSUED', 'REFUSED') THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN decided_on IS NULL AND status NOT IN ('ISSUED', 'REFUSED') AND deadline < ? THEN 1 ELSE 0"
            + " END) FROM application WHERE provider_code = ? GROUP BY service_code ORDER BY service_code";

    private static final String SCAN_SPANS = "SELECT service_code, registered_on, decided_on, COUNT(*) FROM application"
            + " WHERE provider_code = ? AND decided_on IS NOT NULL GROUP BY service_code, registered_on, decided_on";

    private JdbcDataSource db;
    private EntityManagerFactory emf;
    private EntityManager em;
    private final Random random = new Random(16);
    private final Map<String, Integer> paths = new HashMap<>();
    private int n;

    @BeforeEach
    void database() throws SQLException {
        db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:sla-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        db.setUser("sa");
        db.setPassword("sa");
        DatabaseMigrator.flyway(db, List.of("classpath:db/migration")).migrate();
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO officer (username, password_hash, full_name, provider_code, officer_role)"
                    + " VALUES ('officer2', 'x', 'officer2', 'DP_ALMATY', 'officer')");
        }
        emf = Persistence.createEntityManagerFactory(
                "registry-test",
                Map.of(
                        "jakarta.persistence.jdbc.driver", "org.h2.Driver",
                        "jakarta.persistence.jdbc.url", db.getURL(),
                        "jakarta.persistence.jdbc.user", "sa",
                        "jakarta.persistence.jdbc.password", "sa"));
        em = emf.createEntityManager();
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

    @Test
    void theRollupAndItsDeltasSumUpAsTheApplicationsDoOnEveryDay() throws SQLException {
        // a database from before V19: closed rows without a decision day, rolled up by the migration's backfill
        legacy("DP_ALMATY", "SECURITY_ACTIVITY", "ISSUED", LocalDate.of(2026, 2, 2));
        legacy("MOJ_ENFORCEMENT", "PRIVATE_BAILIFF", "REFUSED", LocalDate.of(2026, 3, 2));
        legacy("DP_ASTANA", "SECURITY_ACTIVITY", "ISSUED", LocalDate.of(2026, 3, 3));
        try (Connection c = db.getConnection()) {
            SlaRollupBackfill.run(c);
        }
        for (int i = 0; i < 350; i++) {
            generate();
        }
        try (Connection c = db.getConnection()) {
            assertTrue(deltas(c) > 100, deltas(c) + " deltas");
            assertSummariesAsTheScan(c, "nothing folded");
            foldAll(c, 40);
            assertEquals(0, deltas(c), "all folded");
            assertSummariesAsTheScan(c, "all folded");
        }
        // the later deltas mostly fall on rollup rows that exist (the fold updates them) and some on new days
        for (int i = 0; i < 350; i++) {
            generate();
        }
        for (String path : List.of(
                "refused at registration",
                "refused on a weekend before its registration day",
                "issued on time",
                "issued late",
                "refused on a ground",
                "ministerial order",
                "decided after a flush",
                "assigned and decided",
                "open",
                "check failed")) {
            assertTrue(paths.getOrDefault(path, 0) >= 5, path + ": " + paths);
        }

        try (Connection c = db.getConnection()) {
            assertSummariesAsTheScan(c, "the second half not folded");
            c.setAutoCommit(false);
            assertEquals(40, JdbcSlaFold.fold(c, 40));
            c.commit();
            c.setAutoCommit(true);
            assertSummariesAsTheScan(c, "one batch of the second half folded");
            List<List<Object>> combined = combined(c);
            foldAll(c, 40);
            assertEquals(0, deltas(c), "all folded");
            assertSummariesAsTheScan(c, "all folded again");
            List<List<Object>> kept = rollup(c);
            assertTrue(kept.size() > 100, kept.size() + " rollup rows");
            assertEquals(combined, kept, "the rollup with its deltas, before the fold, is the rollup after it");
            SlaRollupBackfill.run(c);
            assertEquals(rollup(c), kept, "the rollup folded from the mapping's deltas is the migration's backfill");
        }
    }

    @Test
    void twoDecisionsOfOneServiceOnOneDayDoNotWaitForEachOther() throws Exception {
        String[] service = SERVICES[0];
        LocalDate registered = LocalDate.of(2026, 11, 2);
        Instant received = at(registered, 10);
        LocalDate deadline = CALENDAR.addWorkingDays(registered, 15);
        List<String> numbers = new ArrayList<>();
        em.getTransaction().begin();
        for (int i = 0; i < 2; i++) {
            LicenseApplication a = application(service, received, registered, deadline);
            em.persist(a);
            review(a, received);
            numbers.add(a.number());
        }
        em.getTransaction().commit();
        em.clear();
        Instant decided = at(registered.plusDays(8), 12);

        EntityManager first = emf.createEntityManager();
        EntityManager second = emf.createEntityManager();
        try {
            first.getTransaction().begin();
            load(first, numbers.get(0)).issue(new byte[] {3}, decided, "officer1");
            first.flush(); // its delta rows and the application's are written, the transaction stays open

            ExecutorService other = Executors.newSingleThreadExecutor();
            try {
                Future<?> secondDecision = other.submit(() -> {
                    second.getTransaction().begin();
                    load(second, numbers.get(1)).issue(new byte[] {3}, decided, "officer1");
                    second.getTransaction().commit();
                });
                // the first transaction commits only after this: had the second waited for any row the first wrote,
                // it would have failed on H2's lock timeout (as it did with V180's upsert of the day's rollup row)
                secondDecision.get(60, TimeUnit.SECONDS);
            } finally {
                other.shutdownNow();
            }
            first.getTransaction().commit();
        } finally {
            first.close();
            second.close();
        }

        try (Connection c = db.getConnection()) {
            assertEquals(
                    List.of(new SlaStore.ServiceCounts(service[1], 2, 2, 0, 0)),
                    JdbcSlaStore.counts(c, service[0], registered),
                    "both decisions counted at once");
            foldAll(c, 10);
            assertEquals(
                    List.of(new SlaStore.ServiceCounts(service[1], 2, 2, 0, 0)),
                    JdbcSlaStore.counts(c, service[0], registered),
                    "both decisions counted after the fold");
            assertSummariesAsTheScan(c, "folded");
        }
    }

    @Test
    void twoFoldersAtOnceFoldEachDeltaOnce() throws Exception {
        for (int i = 0; i < 300; i++) {
            generate();
        }
        List<List<Object>> combined;
        int pending;
        try (Connection c = db.getConnection()) {
            combined = combined(c);
            pending = deltas(c);
        }
        assertTrue(pending > 100, pending + " deltas");
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService folders = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> folded = new ArrayList<>();
            for (int f = 0; f < 2; f++) {
                folded.add(folders.submit(() -> {
                    try (Connection c = db.getConnection()) {
                        c.setAutoCommit(false);
                        start.await();
                        int moved = 0;
                        for (int n = JdbcSlaFold.fold(c, 7); n > 0; n = JdbcSlaFold.fold(c, 7)) {
                            c.commit();
                            moved += n;
                        }
                        c.commit();
                        return moved;
                    }
                }));
            }
            int first = folded.get(0).get(60, TimeUnit.SECONDS);
            int second = folded.get(1).get(60, TimeUnit.SECONDS);
            assertTrue(first > 0 && second > 0, "both folded: " + first + " and " + second);
            assertEquals(pending, first + second, "each delta folded once");
        } finally {
            folders.shutdownNow();
        }
        try (Connection c = db.getConnection()) {
            assertEquals(0, deltas(c));
            assertEquals(combined, rollup(c), "the rollup holds each delta once");
            assertSummariesAsTheScan(c, "folded by two");
        }
    }

    /** The summary of every provider on every day asked about is the scan's of the applications themselves. */
    private static void assertSummariesAsTheScan(Connection c, String when) throws SQLException {
        for (String provider : List.of("DP_ALMATY", "AGRI_ALMATY_REGION", "MOJ_ENFORCEMENT", "DP_ASTANA")) {
            for (LocalDate today : TODAYS) {
                List<SlaStore.ServiceCounts> counts = JdbcSlaStore.counts(c, provider, today);
                assertEquals(scanCounts(c, provider, today), counts, provider + " on " + today + ", " + when);
                assertEquals(
                        scanSummary(c, provider, today),
                        SlaSummary.of(provider, counts, JdbcSlaStore.spanDays(c, provider), CALENDAR),
                        provider + " on " + today + ", " + when);
            }
        }
    }

    /** Folds every delta, {@code batch} at a time, each batch committed. */
    private static void foldAll(Connection c, int batch) throws SQLException {
        c.setAutoCommit(false);
        try {
            while (JdbcSlaFold.fold(c, batch) > 0) {
                c.commit();
            }
            c.commit();
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static int deltas(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM sla_delta")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** One application through the mapping, on one of the paths a real one takes. */
    private void generate() {
        String[] service = SERVICES[random.nextInt(SERVICES.length)];
        LocalDate day = LocalDate.of(2026, 1, 5).plusDays(random.nextInt(330));
        Instant received = at(day, 9 + random.nextInt(9));
        LocalDate registered = CALENDAR.workingDayOnOrAfter(day);
        LocalDate deadline = "TRAINING_CENTER".equals(service[1])
                ? registered.plusDays(22)
                : CALENDAR.addWorkingDays(registered, 15);
        LicenseApplication a = application(service, received, registered, deadline);
        int path = random.nextInt(10);
        em.getTransaction().begin();
        em.persist(a);
        if (path == 0) {
            a.refuse(ErrorCode.APPLICANT_NOT_FOUND, new byte[] {2}, received, ActorRole.SYSTEM, "E-licensing", null);
            count(
                    day.isBefore(registered)
                            ? "refused on a weekend before its registration day"
                            : "refused at registration");
            em.getTransaction().commit();
            return;
        }
        if (path == 1) {
            em.flush();
            review(a, received);
            a.issue(new byte[] {3}, at(CALENDAR.addWorkingDays(registered, random.nextInt(4)), 16), "officer1");
            count("decided after a flush");
            em.getTransaction().commit();
            return;
        }
        em.getTransaction().commit();
        em.clear();

        em.getTransaction().begin();
        a = load(a.number());
        a.moveTo(ApplicationStatus.CHECKING, received, ActorRole.SYSTEM, "E-licensing", null);
        if (path == 2) {
            a.checkFailed(received.plusSeconds(600), "registry did not answer");
            count("check failed");
        } else if (path == 3) {
            count("open");
        } else {
            review(a, received);
        }
        em.getTransaction().commit();
        em.clear();
        if (path <= 4) {
            if (path == 4) {
                count("open");
            }
            return;
        }

        em.getTransaction().begin();
        a = load(a.number());
        int working = (int) CALENDAR.workingDaysBetween(registered, deadline);
        if (path == 5) {
            a.issue(
                    new byte[] {3},
                    at(CALENDAR.addWorkingDays(registered, 1 + random.nextInt(working)), 12),
                    "officer1");
            count("issued on time");
        } else if (path == 6) {
            a.issue(new byte[] {3}, at(CALENDAR.addWorkingDays(deadline, 1 + random.nextInt(5)), 10), "officer1");
            count("issued late");
        } else if (path == 7) {
            a.refuseOnGround(
                    "GROUND_1",
                    new byte[] {4},
                    at(CALENDAR.addWorkingDays(registered, random.nextInt(20)), 15),
                    "officer1",
                    null);
            count("refused on a ground");
        } else if (path == 8) {
            a.issueOrder(new byte[] {5}, at(registered.plusDays(random.nextInt(30)), 11), "officer1");
            count("ministerial order");
        } else {
            Instant assigned = at(registered, 17);
            a.assign("officer2", assigned, "head");
            a.issue(new byte[] {3}, at(CALENDAR.addWorkingDays(registered, random.nextInt(18)), 23), "officer2");
            count("assigned and decided");
        }
        em.getTransaction().commit();
        em.clear();
    }

    private LicenseApplication load(String number) {
        return load(em, number);
    }

    private static LicenseApplication load(EntityManager em, String number) {
        JpaApplicationRepository applications = new JpaApplicationRepository();
        applications.em = em;
        return applications.byNumber(number).orElseThrow();
    }

    private void count(String path) {
        paths.merge(path, 1, Integer::sum);
    }

    private static void review(LicenseApplication a, Instant at) {
        if (a.status() == ApplicationStatus.REGISTERED) {
            a.moveTo(ApplicationStatus.CHECKING, at, ActorRole.SYSTEM, "E-licensing", null);
        }
        a.confirmApplicant(at);
        a.confirmPayment(at);
    }

    /** {@code hour} o'clock in Almaty on {@code day} (23: the evening, still that day in Almaty, not in UTC's). */
    private static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 30)).atZone(DeadlinePolicy.ALMATY).toInstant();
    }

    private LicenseApplication application(
            String[] service, Instant received, LocalDate registered, LocalDate deadline) {
        String number = "EL-2026-" + String.format("%08d", ++n);
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
                service[1],
                Operation.ISSUE,
                null,
                "ru",
                ApplicantKind.LEGAL_ENTITY,
                "150140000012",
                "ТОО «Қорғау-Сервис»",
                "900515300018",
                List.of(),
                "PAY-" + number,
                new BigDecimal("19660.00"),
                signer);
        return new LicenseApplication(
                number,
                new SignedApplication(form, new byte[] {1}, "<r/>"),
                service[0],
                "PORTAL",
                "m-" + number,
                received,
                registered,
                deadline);
    }

    /** A closed application written before decision days were kept: no decided_on. */
    private void legacy(String provider, String service, String status, LocalDate registered) throws SQLException {
        String number = "EL-2025-" + String.format("%08d", ++n);
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement("INSERT INTO application (id, version, app_number,"
                        + " request_id, service_code, provider_code, operation, lang, applicant_kind, applicant_id,"
                        + " signer_iin, payment_reference, payment_amount, sender_id, message_id, status, received_at,"
                        + " registered_on, deadline, applicant_confirmed, payment_confirmed, signed_document) VALUES"
                        + " (?, 0, ?, ?, ?, ?, 'ISSUE', 'ru', 'LEGAL_ENTITY', '150140000012', '900515300018', ?,"
                        + " 19660.00, 'PORTAL', ?, ?, TIMESTAMP WITH TIME ZONE '2026-01-02 10:00:00+05', ?, ?, TRUE,"
                        + " TRUE, X'00')")) {
            ps.setLong(1, 1_000_000 + n);
            ps.setString(2, number);
            ps.setString(3, UUID.randomUUID().toString());
            ps.setString(4, service);
            ps.setString(5, provider);
            ps.setString(6, "PAY-" + number);
            ps.setString(7, UUID.randomUUID().toString());
            ps.setString(8, status);
            ps.setObject(9, registered);
            ps.setObject(10, registered.plusDays(21));
            ps.executeUpdate();
        }
    }

    private static List<SlaStore.ServiceCounts> scanCounts(Connection c, String provider, LocalDate today)
            throws SQLException {
        List<SlaStore.ServiceCounts> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SCAN_COUNTS)) {
            ps.setObject(1, today);
            ps.setString(2, provider);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new SlaStore.ServiceCounts(
                            rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)));
                }
            }
        }
        return out;
    }

    /** The summary as it was made from every decided application's registration and decision day. */
    private static List<SlaRow> scanSummary(Connection c, String provider, LocalDate today) throws SQLException {
        Map<String, long[]> days = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(SCAN_SPANS)) {
            ps.setString(1, provider);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LocalDate registered = rs.getObject(2, LocalDate.class);
                    LocalDate decided = rs.getObject(3, LocalDate.class);
                    long[] d = days.computeIfAbsent(rs.getString(1), k -> new long[2]);
                    d[0] += rs.getLong(4) * Math.max(0, CALENDAR.workingDaysBetween(registered, decided));
                    d[1] += rs.getLong(4) * Math.max(0, ChronoUnit.DAYS.between(registered, decided));
                }
            }
        }
        List<SlaRow> rows = new ArrayList<>();
        for (SlaStore.ServiceCounts s : scanCounts(c, provider, today)) {
            long[] d = days.getOrDefault(s.serviceCode(), new long[2]);
            rows.add(new SlaRow(
                    provider,
                    s.serviceCode(),
                    s.decided(),
                    s.onTime(),
                    s.decided() - s.onTime(),
                    s.open(),
                    s.openOverdue(),
                    s.decided() == 0 ? 0 : (double) d[0] / s.decided(),
                    s.decided() == 0 ? 0 : (double) d[1] / s.decided()));
        }
        return rows;
    }

    private static List<List<Object>> rollup(Connection c) throws SQLException {
        return rows(
                c,
                "SELECT provider_code, service_code, on_day, decided, on_time, span_ends, span_starts FROM sla_rollup"
                        + " ORDER BY provider_code, service_code, on_day");
    }

    /** The rollup's rows with the unfolded deltas added: what the rollup holds once they are folded. */
    private static List<List<Object>> combined(Connection c) throws SQLException {
        return rows(
                c,
                "SELECT provider_code, service_code, on_day, SUM(decided), SUM(on_time), SUM(span_ends),"
                        + " SUM(span_starts) FROM (SELECT provider_code, service_code, on_day, decided, on_time,"
                        + " span_ends, span_starts FROM sla_rollup UNION ALL SELECT provider_code, service_code, on_day,"
                        + " decided, on_time, span_ends, span_starts FROM sla_delta) x"
                        + " GROUP BY provider_code, service_code, on_day ORDER BY provider_code, service_code, on_day");
    }

    private static List<List<Object>> rows(Connection c, String sql) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(List.of(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getInt(4),
                        rs.getInt(5),
                        rs.getInt(6),
                        rs.getInt(7)));
            }
        }
        return rows;
    }
}

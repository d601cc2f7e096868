package kz.elicensing.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import kz.elicensing.domain.application.ActivityObject;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.error.Messages;
import kz.elicensing.domain.licence.DecisionBasis;
import kz.elicensing.domain.licence.License;
import kz.elicensing.domain.licence.LicenseAction;
import kz.elicensing.domain.licence.LicenseChange;
import kz.elicensing.domain.licence.LicenseEvent;
import kz.elicensing.domain.licence.LicenseNumber;
import kz.elicensing.domain.licence.LicenseStatus;
import kz.elicensing.domain.licence.SignedAct;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * No lost updates on licenses, on H2 in PostgreSQL mode with the real migrations and the real mapping: of two
 * transactions that read one license and change it, the second to write fails with an optimistic-lock exception,
 * which {@link LostUpdateGuard} turns into OPERATION_NOT_ALLOWED (LICENSE_CHANGED_CONCURRENTLY); also when its
 * write had to wait for the winner's row lock. Also that a change's signed act is kept with its event by that mapping.
 */
class LicenseOptimisticLockTest {
    private static final Instant T0 = Instant.parse("2026-11-02T05:00:00Z");
    private static final String BASE_APPLICATION = "EL-2026-00000901";
    private JdbcDataSource db;
    private EntityManagerFactory emf;
    private String number;

    @BeforeEach
    void database() throws SQLException {
        db = new JdbcDataSource();
        db.setURL(
                "jdbc:h2:mem:licenses-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000");
        db.setUser("sa");
        db.setPassword("sa");
        DatabaseMigrator.flyway(db, List.of("classpath:db/migration")).migrate();
        for (int i = 1; i <= 4; i++) {
            application("EL-2026-0000090" + i);
        }
        emf = Persistence.createEntityManagerFactory(
                "registry-test",
                Map.of(
                        "jakarta.persistence.jdbc.driver", "org.h2.Driver",
                        "jakarta.persistence.jdbc.url", db.getURL(),
                        "jakarta.persistence.jdbc.user", "sa",
                        "jakarta.persistence.jdbc.password", "sa"));
        License license = new License(
                LicenseNumber.of("LAA", 901),
                BASE_APPLICATION,
                "SECURITY_ACTIVITY",
                "DP_ALMATY",
                "150140000012",
                "ТОО «Қорғау-Сервис»",
                T0);
        license.cover(List.of("GUARD_OBJECTS"), List.of(new ActivityObject("Алматы, Абай даңғылы, 1", "офис")), T0);
        license.attachSignedDocument("<License/>".getBytes(StandardCharsets.UTF_8));
        inTransaction(em -> em.persist(license));
        number = license.number();
    }

    @AfterEach
    void close() throws SQLException {
        emf.close();
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
    }

    /** A registered application row a license or its re-issue can name (the license's foreign key). */
    private void application(String appNumber) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement("INSERT INTO application (id,"
                        + " version, app_number, request_id, service_code, provider_code, operation, lang, applicant_kind,"
                        + " applicant_id, signer_iin, payment_reference, payment_amount, sender_id, message_id, status,"
                        + " received_at, registered_on, deadline, applicant_confirmed, payment_confirmed, signed_document)"
                        + " VALUES (?, 0, ?, ?, 'SECURITY_ACTIVITY', 'DP_ALMATY', 'ISSUE', 'ru', 'LEGAL_ENTITY', '150140000012',"
                        + " '900515300018', ?, 19660.00, 'PORTAL', ?, 'IN_REVIEW', TIMESTAMP WITH TIME ZONE"
                        + " '2026-11-02 10:00:00+05', DATE '2026-11-02', DATE '2026-11-23', TRUE, TRUE, X'00')")) {
            ps.setLong(1, Long.parseLong(appNumber.substring(appNumber.length() - 3)));
            ps.setString(2, appNumber);
            ps.setString(3, UUID.randomUUID().toString());
            ps.setString(4, "PAY-" + appNumber);
            ps.setString(5, UUID.randomUUID().toString());
            ps.executeUpdate();
        }
    }

    private void inTransaction(Consumer<EntityManager> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /** An open transaction that has read the license; the test decides when it writes. */
    private record Reader(EntityManager em, License license) {
        /** Writes what was changed, as the guard does before a use case returns; the guard's verdict if it loses. */
        void write() {
            try {
                em.flush();
                em.getTransaction().commit();
            } catch (RuntimeException e) {
                ElicensingException lost = LostUpdateGuard.lostRace(e, license.number());
                throw lost != null ? lost : e;
            } finally {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
                em.close();
            }
        }
    }

    private Reader read() {
        EntityManager em = emf.createEntityManager();
        em.getTransaction().begin();
        License license = em.createNamedQuery("License.byNumber", License.class)
                .setParameter("number", number)
                .getSingleResult();
        return new Reader(em, license);
    }

    private License load() {
        EntityManager em = emf.createEntityManager();
        try {
            return em.createNamedQuery("License.byNumber", License.class)
                    .setParameter("number", number)
                    .getSingleResult();
        } finally {
            em.close();
        }
    }

    private static LicenseChange byHead(String reason, int minutes) {
        return new LicenseChange(
                T0.plusSeconds(60L * minutes), DecisionBasis.OFFICER, "head1", reason, null, null, null);
    }

    private static void persistReissue(Reader r, int sequence, String applicationNumber) {
        License successor = License.reissueOf(
                r.license(), LicenseNumber.of("LAA", sequence), applicationNumber, null, T0.plusSeconds(3600));
        successor.attachSignedDocument("<License/>".getBytes(StandardCharsets.UTF_8));
        r.em().persist(successor);
    }

    private long version() throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT version FROM license WHERE license_number = ?")) {
            ps.setString(1, number);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                return rs.getLong(1);
            }
        }
    }

    private static void assertLostTheRace(ElicensingException e, String license) {
        assertEquals(ErrorCode.OPERATION_NOT_ALLOWED, e.code(), e.getMessage());
        assertEquals("error.LICENSE_CHANGED_CONCURRENTLY", e.messageKey());
        assertTrue(
                Messages.ru(e.messageKey(), e.arguments()).contains(license),
                Messages.ru(e.messageKey(), e.arguments()));
        assertTrue(
                Messages.kk(e.messageKey(), e.arguments()).contains(license),
                Messages.kk(e.messageKey(), e.arguments()));
    }

    @Test
    void twoReissuesOfOneBaseCannotBothWin() throws SQLException {
        Reader first = read();
        Reader second = read();
        persistReissue(first, 902, "EL-2026-00000902");
        persistReissue(second, 903, "EL-2026-00000903");

        first.write();
        assertLostTheRace(assertThrows(ElicensingException.class, second::write), number);

        License base = load();
        assertEquals(LicenseStatus.REISSUED, base.status());
        assertEquals(
                LicenseNumber.of("LAA", 902).value(), base.successorNumber(), "the winner's re-issue, not overwritten");
        assertEquals(
                List.of(LicenseAction.ISSUE, LicenseAction.REPLACED),
                base.history().stream().map(e -> e.action()).toList(),
                "replaced once");
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM license WHERE base_number = '" + number + "'")) {
            rs.next();
            assertEquals(1, rs.getLong(1), "one successor: the loser's license was not stored");
        }
    }

    @Test
    void aSuspensionRacingAReissueLosesOrWinsWhole() {
        Reader reissue = read();
        Reader suspension = read();
        persistReissue(reissue, 904, "EL-2026-00000904");
        suspension.license().change(LicenseAction.SUSPEND, byHead("Проверка", 1));

        suspension.write();
        assertLostTheRace(assertThrows(ElicensingException.class, reissue::write), number);
        assertEquals(LicenseStatus.SUSPENDED, load().status());
        assertNull(load().successorNumber(), "no re-issue of a license suspended meanwhile");
    }

    @Test
    void anObjectAddedMeanwhileIsNotDroppedByAReissueThatReadTheOldList() {
        Reader reissue = read();
        Reader addition = read();
        persistReissue(reissue, 902, "EL-2026-00000902");
        addition.license().addObject("Алматы, Сәтбаев к., 22", "филиал", byHead("Жаңа филиал", 2));

        addition.write(); // adds a row beside the license, and still moves the license's own version
        assertLostTheRace(assertThrows(ElicensingException.class, reissue::write), number);
        License base = load();
        assertEquals(LicenseStatus.ISSUED, base.status());
        assertEquals(2, base.objects().size());
        assertEquals(T0.plusSeconds(120), base.changedAt());
    }

    @Test
    void theHeadsSignedActIsKeptWithItsEvent() {
        byte[] act = "<LicenseAct xmlns=\"urn:kz:elicensing:v1\" Id=\"act-1\"><action>SUSPEND</action></LicenseAct>"
                .getBytes(StandardCharsets.UTF_8);
        Reader r = read();
        r.license()
                .change(
                        LicenseAction.SUSPEND,
                        byHead("Проверка", 1),
                        new SignedAct(
                                act,
                                "871214400161",
                                "ӘБІЛҚАСЫМОВА ҮМІТ НҰРЛАНҚЫЗЫ",
                                "Заместитель начальника",
                                "Бастығының орынбасары",
                                "0A1B"));
        r.write();

        Reader again = read();
        try {
            List<LicenseEvent> history = again.license().history();
            assertEquals(LicenseStatus.SUSPENDED, again.license().status());
            assertTrue(history.get(0).signedAct().isEmpty(), "the issue has no act of its own");
            LicenseEvent suspension = history.get(history.size() - 1);
            SignedAct kept = suspension.signedAct().orElseThrow();
            assertArrayEquals(act, kept.document(), "kept byte for byte");
            assertEquals("871214400161", kept.signerIin());
            assertEquals("ӘБІЛҚАСЫМОВА ҮМІТ НҰРЛАНҚЫЗЫ", suspension.signerName());
            assertEquals("Бастығының орынбасары", kept.signerPositionKz());
            assertEquals("0A1B", kept.certificateSerial());
        } finally {
            again.em().getTransaction().rollback();
            again.em().close();
        }
    }

    @Test
    void everyChangeMovesTheVersion() throws SQLException {
        long v0 = version();
        Reader r = read();
        r.license().addObject("Алматы, Сәтбаев к., 22", null, byHead("филиал", 1));
        r.write();
        long v1 = version();
        assertTrue(v1 > v0, v0 + " -> " + v1);
        Reader d = read();
        d.license().addDuplicate("EL-2026-00000903", T0.plusSeconds(300), "<Dup/>".getBytes(StandardCharsets.UTF_8));
        d.write();
        assertTrue(version() > v1, "a duplicate is a change of the license too");
    }

    /**
     * The loser's write waits for the winner's row lock (here: a plain JDBC transaction that changed the license and
     * has not committed); when the winner commits, the database checks the loser's version again and finds it moved.
     */
    @Test
    void aWriteThatWaitedForTheWinnersLockStillLoses() throws Exception {
        Reader loser = read();
        loser.license().change(LicenseAction.SUSPEND, byHead("Проверка", 1));
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection winner = db.getConnection()) {
            winner.setAutoCommit(false);
            try (Statement s = winner.createStatement()) {
                assertEquals(
                        1,
                        s.executeUpdate("UPDATE license SET status = 'TERMINATED', version = version + 1"
                                + " WHERE license_number = '" + number + "'"));
            }
            Future<?> write = pool.submit(loser::write);
            awaitBlockedSessions(1);
            winner.commit();
            Exception e =
                    assertThrows(java.util.concurrent.ExecutionException.class, () -> write.get(30, TimeUnit.SECONDS));
            assertLostTheRace(assertInstanceOf(ElicensingException.class, e.getCause()), number);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(LicenseStatus.TERMINATED, load().status(), "the winner's change stands");
    }

    /** Waits until {@code n} sessions wait for a lock (H2's INFORMATION_SCHEMA.SESSIONS.BLOCKER_ID). */
    private void awaitBlockedSessions(int n) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            while (System.nanoTime() < end) {
                try (ResultSet rs = s.executeQuery(
                        "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL")) {
                    rs.next();
                    if (rs.getInt(1) >= n) {
                        return;
                    }
                }
                Thread.sleep(10);
            }
        }
        throw new AssertionError(n + " session(s) never waited for the lock");
    }

    @Test
    void theGuardAnswersOnlyALostRace() {
        License l = load();
        assertLostTheRace(
                LostUpdateGuard.lostRace(
                        new PersistenceException(new OptimisticLockException("stale", null, l)), "EL-2026-00000902"),
                number);
        assertLostTheRace(
                LostUpdateGuard.lostRace(new OptimisticLockException("stale, entity unknown"), "EL-2026-00000902"),
                "EL-2026-00000902");
        assertLostTheRace(
                LostUpdateGuard.lostRace(new PersistenceException(new SQLException("lock timeout", "HYT00")), number),
                number);
        assertLostTheRace(
                LostUpdateGuard.lostRace(
                        new kz.elicensing.domain.error.ConcurrentWriteException(
                                "the change collided", new PersistenceException(new SQLException("timeout", "HYT00"))),
                        number),
                number);
        assertNull(LostUpdateGuard.lostRace(new IllegalStateException("something else"), number));
        assertNull(
                LostUpdateGuard.lostRace(
                        new ElicensingException(
                                ErrorCode.OPERATION_NOT_ALLOWED,
                                "own refusal",
                                new OptimisticLockException("under it")),
                        number),
                "a refusal stays what it is");
    }
}

package kz.elicensing.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.elicensing.domain.application.LicenseApplication;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The deadline timer's query on a migrated database: only the open applications whose mark is not the one their due
 * day (the step's deadline when it comes first) gives, lowest id first, at most the limit.
 */
class JpaDeadlineCandidatesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final LocalDate NEARING_UNTIL = LocalDate.of(2026, 12, 9);

    private JdbcDataSource db;
    private EntityManagerFactory emf;
    private EntityManager em;
    private final JpaApplicationRepository repository = new JpaApplicationRepository();
    private long id = 1;

    @BeforeEach
    void database() throws SQLException {
        db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:deadline-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        db.setUser("sa");
        db.setPassword("sa");
        DatabaseMigrator.flyway(db, List.of("classpath:db/migration")).migrate();
        emf = Persistence.createEntityManagerFactory(
                "registry-test",
                Map.of(
                        "jakarta.persistence.jdbc.driver", "org.h2.Driver",
                        "jakarta.persistence.jdbc.url", db.getURL(),
                        "jakarta.persistence.jdbc.user", "sa",
                        "jakarta.persistence.jdbc.password", "sa"));
        em = emf.createEntityManager();
        repository.em = em;
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
    void onlyTheApplicationsWhoseMarkChanges() throws SQLException {
        row("EL-2026-00000001", "IN_REVIEW", "2026-12-04", null, null); // overdue, unmarked
        row("EL-2026-00000002", "IN_REVIEW", "2026-12-04", null, "OVERDUE"); // already overdue
        row("EL-2026-00000003", "CHECKING", "2026-12-04", null, "NEARING"); // was nearing, now overdue
        row("EL-2026-00000004", "IN_REVIEW", "2026-12-07", null, null); // due today: nearing
        row("EL-2026-00000005", "IN_REVIEW", "2026-12-09", null, "NEARING"); // already nearing
        row("EL-2026-00000006", "IN_REVIEW", "2026-12-10", null, null); // on track, never marked
        row("EL-2026-00000007", "IN_REVIEW", "2026-12-10", null, "OVERDUE"); // term extended: on track again
        row("EL-2026-00000008", "ISSUED", "2026-12-01", null, null); // decided: never
        row("EL-2026-00000009", "REFUSED", "2026-12-01", null, "NEARING"); // decided: never
        row("EL-2026-00000010", "IN_REVIEW", "2026-12-30", "2026-12-08", null); // the step is due first: nearing
        row("EL-2026-00000011", "IN_REVIEW", "2026-12-30", "2026-12-31", "NEARING"); // the step after: on track
        row("EL-2026-00000012", "REGISTERED", "2026-12-30", "2026-12-01", "NEARING"); // the step is overdue

        assertEquals(
                List.of(
                        "EL-2026-00000001",
                        "EL-2026-00000003",
                        "EL-2026-00000004",
                        "EL-2026-00000007",
                        "EL-2026-00000010",
                        "EL-2026-00000011",
                        "EL-2026-00000012"),
                numbers(repository.deadlineMarkCandidates(TODAY, NEARING_UNTIL, 100)));
        assertEquals(
                List.of("EL-2026-00000001", "EL-2026-00000003"),
                numbers(repository.deadlineMarkCandidates(TODAY, NEARING_UNTIL, 2)),
                "at most the limit, lowest id first");
    }

    private static List<String> numbers(List<LicenseApplication> applications) {
        return applications.stream().map(LicenseApplication::number).toList();
    }

    private void row(String number, String status, String deadline, String stepDeadline, String mark)
            throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement("INSERT INTO application (id, version, app_number,"
                        + " request_id, service_code, provider_code, operation, lang, applicant_kind, applicant_id,"
                        + " applicant_name, signer_iin, payment_reference, payment_amount, sender_id, message_id,"
                        + " status, received_at, registered_on, deadline, step_deadline, applicant_confirmed,"
                        + " payment_confirmed, signed_document, deadline_mark, channel) VALUES (?, 0, ?, ?,"
                        + " 'SECURITY_ACTIVITY', 'DP_ALMATY', 'ISSUE', 'ru', 'LEGAL_ENTITY', '150140000012', 'ТОО',"
                        + " '900515300018', ?, 19660.00, 'PORTAL', ?, ?,"
                        + " TIMESTAMP WITH TIME ZONE '2026-11-02 10:00:00+05', DATE '2026-11-02', ?, ?, TRUE, TRUE,"
                        + " ?, ?, 'PORTAL')")) {
            ps.setLong(1, id++);
            ps.setString(2, number);
            ps.setString(3, UUID.randomUUID().toString());
            ps.setString(4, "PAY-" + number);
            ps.setString(5, UUID.randomUUID().toString());
            ps.setString(6, status);
            ps.setDate(7, java.sql.Date.valueOf(deadline));
            ps.setDate(8, stepDeadline == null ? null : java.sql.Date.valueOf(stepDeadline));
            ps.setBytes(9, "<Application/>".getBytes(StandardCharsets.UTF_8));
            ps.setString(10, mark);
            ps.executeUpdate();
        }
    }
}

package kz.elicensing.infrastructure.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import kz.elicensing.application.ops.CheckResult;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The schema and outbox readiness checks against the real migrations on H2 (PostgreSQL mode, as on the server). */
class DatabaseChecksTest {
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    private String url;
    private Connection connection;
    /** The version the migrations reach (what the code needs). */
    private String latest;

    @BeforeEach
    void migrate() throws SQLException {
        url = "jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        latest = Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .table("schema_history")
                .load()
                .migrate()
                .targetSchemaVersion;
        connection = DriverManager.getConnection(url, "sa", "");
    }

    @AfterEach
    void close() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SHUTDOWN");
        }
    }

    @Test
    void theSchemaIsReadyAtTheMigratedVersion() throws SQLException {
        CheckResult r = SchemaReadiness.check(latest, connection);
        assertTrue(r.up());
        assertEquals(latest, r.data().get("version"));
    }

    @Test
    void theSchemaIsNotReadyBehindTheCodeOrBeforeMigrating() throws SQLException {
        assertFalse(SchemaReadiness.check(String.valueOf(Integer.parseInt(latest) + 1), connection)
                .up());
        assertFalse(SchemaReadiness.check(null, connection).up());
    }

    @Test
    void aFailedMigrationMakesTheSchemaNotReady() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("UPDATE schema_history SET success = FALSE WHERE version = '2'");
        }
        assertFalse(SchemaReadiness.check("1", connection).up());
    }

    @Test
    void anEmptyOutboxIsReady() throws SQLException {
        CheckResult r = OutboxReadiness.check(connection, NOW, Duration.ofMinutes(10));
        assertTrue(r.up());
        assertEquals(0L, r.data().get("due"));
    }

    @Test
    void rowsDueForLessThanTheLimitAreReportedButReady() throws SQLException {
        insert(1, "PENDING", NOW.minusSeconds(90));
        insert(2, "PENDING", NOW.plusSeconds(600));
        insert(3, "DONE", NOW.minus(Duration.ofHours(5)));
        CheckResult r = OutboxReadiness.check(connection, NOW, Duration.ofMinutes(10));
        assertTrue(r.up());
        assertEquals(1L, r.data().get("due"));
        assertEquals(90L, r.data().get("oldestDueSeconds"));
    }

    @Test
    void aRowDueForLongerThanTheLimitMeansTheOutboxIsStuck() throws SQLException {
        insert(1, "PENDING", NOW.minus(Duration.ofMinutes(11)));
        assertFalse(
                OutboxReadiness.check(connection, NOW, Duration.ofMinutes(10)).up());
        assertTrue(OutboxReadiness.check(connection, NOW, Duration.ZERO).up(), "0 only reports");
    }

    private void insert(long id, String state, Instant nextAttempt) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement(
                "INSERT INTO outbox_message (id, message_id, application_number,"
                        + " kind, state, attempts, next_attempt_at, created_at) VALUES (?, ?, 'EL-2026-00000001', 'PAYMENT', ?, 0, ?, ?)")) {
            p.setLong(1, id);
            p.setString(2, UUID.randomUUID().toString());
            p.setString(3, state);
            p.setObject(4, nextAttempt.atOffset(ZoneOffset.UTC));
            p.setObject(5, NOW.minus(Duration.ofHours(6)).atOffset(ZoneOffset.UTC));
            p.executeUpdate();
        }
    }
}

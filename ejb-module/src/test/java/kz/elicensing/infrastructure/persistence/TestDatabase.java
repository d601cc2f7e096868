package kz.elicensing.infrastructure.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A fresh database with the real migrations (db/migration, run statement by statement, no Flyway) for tests of plain
 * JDBC statements: H2 in memory in the server's PostgreSQL mode always, and PostgreSQL in a schema of its own when
 * {@code -Delicensing.test.postgres-url=jdbc:postgresql://127.0.0.1:5432/<db>?user=...} is given.
 */
public final class TestDatabase implements AutoCloseable {
    public static final String POSTGRES_URL = "elicensing.test.postgres-url";
    private static final List<String> MIGRATIONS = List.of(
            "V1__schema.sql",
            "V2__catalog.sql",
            "V3__idempotency_outbox.sql",
            "V50__portal_notification.sql",
            "V60__refused_message_and_message_refusal.sql",
            "V110__claim_owner_and_node_heartbeat.sql",
            "V120__authorized_person.sql",
            "V121__pending_result.sql");

    private final String name;
    private final String url;
    private final String schema;
    private final Connection keepAlive;

    private TestDatabase(String name, String url, String schema) throws SQLException {
        this.name = name;
        this.url = url;
        this.schema = schema;
        this.keepAlive = DriverManager.getConnection(url, "sa", "sa");
        if (schema != null) {
            try (Statement s = keepAlive.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
            }
        }
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            for (String migration : MIGRATIONS) {
                for (String sql : statements(migration)) {
                    s.execute(sql);
                }
            }
            c.commit();
        }
    }

    /** The names of the databases to test on: "h2", and "postgres" when its URL is given. */
    public static List<String> kinds() {
        List<String> kinds = new ArrayList<>(List.of("h2"));
        if (System.getProperty(POSTGRES_URL) != null) {
            kinds.add("postgres");
        }
        return kinds;
    }

    public static TestDatabase create(String kind) throws SQLException {
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if ("postgres".equals(kind)) {
            return new TestDatabase(kind, System.getProperty(POSTGRES_URL), "t_" + id);
        }
        return new TestDatabase(
                kind,
                "jdbc:h2:mem:t" + id
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                null);
    }

    /** A new connection in a transaction of its own (auto-commit off), as a server's transaction would have. */
    public Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection(url, "sa", "sa");
        if (schema != null) {
            try (Statement s = c.createStatement()) {
                s.execute("SET search_path TO " + schema);
            }
        }
        c.setAutoCommit(false);
        return c;
    }

    @Override
    public String toString() {
        return name;
    }

    @Override
    public void close() throws SQLException {
        try (Statement s = keepAlive.createStatement()) {
            s.execute(schema != null ? "DROP SCHEMA " + schema + " CASCADE" : "SHUTDOWN");
        } finally {
            keepAlive.close();
        }
    }

    private static List<String> statements(String migration) {
        try (InputStream in = TestDatabase.class.getResourceAsStream("/db/migration/" + migration)) {
            if (in == null) {
                throw new IllegalStateException("no migration " + migration);
            }
            StringBuilder sql = new StringBuilder();
            List<String> statements = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.strip().startsWith("--")) {
                    continue;
                }
                sql.append(line).append('\n');
                if (line.strip().endsWith(";")) {
                    String statement = sql.toString().strip();
                    statements.add(statement.substring(0, statement.length() - 1));
                    sql.setLength(0);
                }
            }
            if (!sql.toString().isBlank()) {
                throw new IllegalStateException(
                        migration + " ends without ';': " + sql.toString().toLowerCase(Locale.ROOT));
            }
            return statements;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

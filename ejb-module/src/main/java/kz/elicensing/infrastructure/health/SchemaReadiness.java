package kz.elicensing.infrastructure.health;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import kz.elicensing.application.ops.CheckResult;
import kz.elicensing.application.ops.ReadinessCheck;
import kz.elicensing.infrastructure.persistence.DatabaseMigrator;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Ready when the Flyway migrations ran at start-up and the database still says so: no failed migration in
 * {@code schema_history}, and its newest applied version is at least the one this code migrated to.
 */
@ApplicationScoped
public class SchemaReadiness implements ReadinessCheck {
    static final String NAME = "elicensing-schema";

    @Resource(lookup = "java:jboss/datasources/ElicensingDS")
    DataSource dataSource;

    @EJB
    DatabaseMigrator migrator;

    @Override
    public CheckResult check() {
        Optional<String> expected = migrator.schemaVersion();
        try (Connection connection = dataSource.getConnection()) {
            return check(expected.orElse(null), connection);
        } catch (SQLException | RuntimeException e) {
            return CheckResult.failed(NAME, e);
        }
    }

    /** The verdict for {@code expected} (null: migrations have not run) against the history table seen through {@code connection}. */
    static CheckResult check(String expected, Connection connection) throws SQLException {
        long failed;
        MigrationVersion newest = null;
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM schema_history WHERE success = FALSE")) {
                rs.next();
                failed = rs.getLong(1);
            }
            try (ResultSet rs = statement.executeQuery(
                    "SELECT version FROM schema_history WHERE success = TRUE AND version IS NOT NULL")) {
                while (rs.next()) {
                    MigrationVersion v = MigrationVersion.fromVersion(rs.getString(1));
                    newest = newest == null || v.isNewerThan(newest) ? v : newest;
                }
            }
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("version", newest == null ? "none" : newest.getVersion());
        data.put("expected", expected == null ? "not migrated" : expected);
        data.put("failed", failed);
        boolean ready = expected != null
                && failed == 0
                && newest != null
                && !MigrationVersion.fromVersion(expected).isNewerThan(newest);
        return ready
                ? CheckResult.up(NAME, data)
                : CheckResult.down(
                        NAME,
                        data,
                        "schema at " + data.get("version") + ", this code needs " + data.get("expected")
                                + ", failed migrations: " + failed);
    }
}

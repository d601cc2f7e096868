package kz.elicensing.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import kz.elicensing.infrastructure.config.ElicensingConfig;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Brings the database schema (and, when enabled, the demo data) up to date with Flyway once at start-up. */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {
    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = "java:jboss/datasources/ElicensingDS")
    DataSource dataSource;

    @Inject
    ElicensingConfig config;

    private volatile String schemaVersion;

    @PostConstruct
    void migrate() {
        List<String> locations = locations(isPostgres(), config.demoData());
        MigrateResult result = migrate(dataSource, locations);
        schemaVersion = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "database at version " + schemaVersion + " (" + result.migrationsExecuted
                + " migrations run now, locations " + locations + ")");
    }

    /** Schema (and PostgreSQL's own statements); the demo rows only when asked for ({@code elicensing.demo-data}). */
    static List<String> locations(boolean postgres, boolean demoData) {
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
        if (postgres) {
            locations.add("classpath:db/postgresql");
        }
        if (demoData) {
            locations.add("classpath:db/demo");
        }
        return locations;
    }

    /** The Flyway set-up for these locations (the migration tests use the very same). */
    static Flyway flyway(DataSource dataSource, List<String> locations) {
        return Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .table("schema_history")
                .ignoreMigrationPatterns("*:missing")
                // a database that has the demo data (V1000+) still takes schema versions added later (V4 ...)
                .outOfOrder(true)
                .load();
    }

    /**
     * Runs the migrations. A database whose only table is WildFly's timer table is taken for empty: a cluster node
     * (standalone-ha, database timer store) creates {@value #TIMER_TABLE} at boot, before the first migration; Flyway
     * refuses a non-empty schema without its history, so this one is marked at version 0, below every migration, which
     * all run then. Any other non-empty schema without a history is still refused.
     */
    static MigrateResult migrate(DataSource dataSource, List<String> locations) {
        boolean timersOnly;
        try (Connection c = dataSource.getConnection()) {
            timersOnly = onlyWildFlyTimers(c);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the database's tables", e);
        }
        return Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .configuration(flyway(dataSource, locations).getConfiguration())
                .baselineOnMigrate(timersOnly)
                .baselineVersion("0")
                .load()
                .migrate();
    }

    /** The table WildFly's database timer store creates (jboss_ejb_timer). */
    static final String TIMER_TABLE = "jboss_ejb_timer";

    /** True when the connection's schema holds WildFly's timer table and no other. */
    static boolean onlyWildFlyTimers(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
            }
        }
        return tables.equals(List.of(TIMER_TABLE));
    }

    /** PostgreSQL gets a few statements of its own (db/postgresql); H2 in PostgreSQL mode still calls itself H2. */
    private boolean isPostgres() {
        try (Connection c = dataSource.getConnection()) {
            return "PostgreSQL".equalsIgnoreCase(c.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database's product name", e);
        }
    }

    /** The schema version the migrations left at start-up (what this code needs); empty until they have run. */
    @Lock(LockType.READ)
    public Optional<String> schemaVersion() {
        return Optional.ofNullable(schemaVersion);
    }
}

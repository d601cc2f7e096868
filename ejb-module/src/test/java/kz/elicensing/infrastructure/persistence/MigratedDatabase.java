package kz.elicensing.infrastructure.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/** A fresh in-memory H2 database in PostgreSQL mode (as the server's datasource), migrated with db/migration. */
final class MigratedDatabase {
    final String url;

    private MigratedDatabase(String url) {
        this.url = url;
    }

    static MigratedDatabase create() {
        String url = "jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        Flyway.configure(MigratedDatabase.class.getClassLoader())
                .dataSource(url, "sa", "sa")
                .locations("classpath:db/migration")
                .table("schema_history")
                .load()
                .migrate();
        return new MigratedDatabase(url);
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "sa", "sa");
    }
}

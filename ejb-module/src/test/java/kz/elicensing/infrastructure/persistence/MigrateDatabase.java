package kz.elicensing.infrastructure.persistence;

import org.postgresql.ds.PGSimpleDataSource;

/** Brings a PostgreSQL database's schema up to date with the server's own Flyway set-up (no demo data): the year-of-data generator's first step. */
public final class MigrateDatabase {
    private MigrateDatabase() {}

    /** Arguments: the JDBC URL ({@code jdbc:postgresql://host:port/db?user=...&password=...}). */
    public static void main(String[] args) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(args[0]);
        var result = DatabaseMigrator.flyway(ds, DatabaseMigrator.locations(true, false))
                .migrate();
        System.out.println("schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations run now)");
    }
}

package kz.elicensing.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.elicensing.domain.evidence.EvidenceChain;
import kz.elicensing.infrastructure.config.ElicensingConfig;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The migrations on H2 in PostgreSQL mode: a fresh database, and one that already had the demo data of version 2. */
class DatabaseMigrationsTest {

    private static JdbcDataSource database() {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:migrations-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        db.setUser("sa");
        db.setPassword("sa");
        return db;
    }

    @Test
    void aDatabaseHoldingOnlyWildFlysTimerTableIsMigratedFromTheFirstVersion() throws Exception {
        // a cluster node's database timer store creates its table at boot, before the migrations run
        JdbcDataSource db = database();
        try (java.sql.Connection c = db.getConnection();
                java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE TABLE jboss_ejb_timer (id VARCHAR(255) PRIMARY KEY)");
        }
        var result = DatabaseMigrator.migrate(db, DatabaseMigrator.locations(false, false));
        assertTrue(result.success);
        assertTrue(result.migrationsExecuted > 10, "every migration ran: " + result.migrationsExecuted);
        try (java.sql.Connection c = db.getConnection();
                java.sql.Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM scheduled_run")) {
            assertTrue(rs.next(), "the newest tables are there");
        }
    }

    @Test
    void anotherNonEmptySchemaWithoutHistoryIsStillRefused() throws Exception {
        JdbcDataSource db = database();
        try (java.sql.Connection c = db.getConnection();
                java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE TABLE jboss_ejb_timer (id VARCHAR(255) PRIMARY KEY)");
            s.execute("CREATE TABLE someone_elses (id INT)");
        }
        org.junit.jupiter.api.Assertions.assertThrows(
                org.flywaydb.core.api.FlywayException.class,
                () -> DatabaseMigrator.migrate(db, DatabaseMigrator.locations(false, false)));
    }

    @Test
    void aDatabaseWithTheOldDemoDataTakesTheEvidenceLogLater() throws Exception {
        JdbcDataSource db = database();
        Path old = Files.createTempDirectory("old-migrations");
        for (String script : List.of(
                "db/migration/V1__schema.sql",
                "db/migration/V2__catalog.sql",
                "db/demo/V1000__demo_senders_officers.sql",
                "db/demo/V1001__demo_verify_document_right.sql")) {
            copy(script, old);
        }
        DatabaseMigrator.flyway(db, List.of("filesystem:" + old)).migrate();

        var result = DatabaseMigrator.flyway(db, List.of("classpath:db/migration", "classpath:db/demo"))
                .migrate();
        assertTrue(result.migrationsExecuted >= 2, "V4 and V1002 run after V1001: " + result.migrationsExecuted);
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT last_seq, last_hash FROM evidence_head")) {
                assertTrue(rs.next());
                assertEquals(0, rs.getLong(1));
                assertEquals(EvidenceChain.GENESIS, rs.getString(2));
            }
            try (ResultSet rs =
                    s.executeQuery("SELECT provider_code, officer_role FROM officer WHERE username = 'admin'")) {
                assertTrue(rs.next());
                assertNull(rs.getString(1), "an administrator works for no provider");
                assertEquals("admin", rs.getString(2));
            }
            assertThrows(
                    SQLException.class,
                    () -> s.executeUpdate("INSERT INTO officer (username, password_hash, full_name,"
                            + " provider_code, officer_role) VALUES ('x', 'x', 'x', NULL, 'officer')"),
                    "officers need a provider");
            assertThrows(
                    SQLException.class,
                    () -> s.executeUpdate("INSERT INTO evidence_head VALUES (2, 0, 'x')"),
                    "the head has one row");
        }
    }

    @Test
    void aServerStartedWithoutTheDemoSwitchHasNoDemoSenderOfficerOrAdmin() throws Exception {
        String before = System.clearProperty("elicensing.demo-data");
        try {
            JdbcDataSource db = database();
            DatabaseMigrator.flyway(db, DatabaseMigrator.locations(false, new ElicensingConfig().demoData()))
                    .migrate();
            try (Connection c = db.getConnection();
                    Statement s = c.createStatement()) {
                for (String table : List.of("sender", "sender_right", "sender_provider", "officer")) {
                    try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                        rs.next();
                        assertEquals(0, rs.getLong(1), table + " of a production install is empty");
                    }
                }
            }
        } finally {
            if (before != null) {
                System.setProperty("elicensing.demo-data", before);
            }
        }
    }

    @Test
    void theCatalogNamesTheAutomaticRefusalsOfEachServiceByItsRegistryAndFee() throws Exception {
        JdbcDataSource db = database();
        DatabaseMigrator.flyway(db, DatabaseMigrator.locations(false, false)).migrate();
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT service_code, COUNT(*) FROM automatic_result"
                        + " WHERE kind = 'AUTOMATIC_REFUSAL' GROUP BY service_code ORDER BY service_code")) {
            StringBuilder counts = new StringBuilder();
            while (rs.next()) {
                counts.append(rs.getString(1)).append('=').append(rs.getLong(2)).append(' ');
            }
            // GBD UL or by applicant: 4 registry reasons; GBD FL: the absent applicant only; each with 4 payment
            // reasons; service 8 (no registry, no fee): none
            assertEquals(
                    "GRAIN_WAREHOUSE=8 PESTICIDE_FUMIGATION=8 PESTICIDE_PRODUCTION=8 PESTICIDE_SALE=8 PRIVATE_BAILIFF=5"
                            + " SECURITY_ACTIVITY=8 VETERINARY=8 ",
                    counts.toString());
        }
    }

    @Test
    void theDemoPortalHoldsNoOfficerOrAuthorityRightsTheOfficeAndCourtSendersDo() throws Exception {
        JdbcDataSource db = database();
        DatabaseMigrator.flyway(db, DatabaseMigrator.locations(false, true)).migrate();
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery(
                    "SELECT COUNT(*) FROM sender_right WHERE sender_id = 'PORTAL' AND"
                            + " service_id IN ('ELICENSE_LookupApplicant', 'ELICENSE_RegisterWalkIn', 'ELICENSE_ChangeLicense')")) {
                rs.next();
                assertEquals(0, rs.getLong(1), "PORTAL is no officer and no court");
            }
            try (ResultSet rs = s.executeQuery("SELECT s.sender_id, s.sender_kind, p.provider_code FROM sender s"
                    + " LEFT JOIN sender_provider p ON p.sender_id = s.sender_id"
                    + " WHERE s.sender_id IN ('OFFICE_DP_ALMATY', 'COURT', 'PORTAL') ORDER BY s.sender_id")) {
                assertTrue(rs.next());
                assertEquals("COURT AUTHORITY null", rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
                assertTrue(rs.next());
                assertEquals(
                        "OFFICE_DP_ALMATY SYSTEM DP_ALMATY",
                        rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
                assertTrue(rs.next());
                assertEquals("PORTAL SYSTEM null", rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
            }
        }
    }

    private static void copy(String resource, Path dir) throws IOException {
        try (InputStream in = DatabaseMigrationsTest.class.getClassLoader().getResourceAsStream(resource)) {
            Files.copy(in, dir.resolve(Path.of(resource).getFileName()));
        }
    }

    @Test
    void theDemoAdministratorsHashIsOfTheDocumentedPassword() throws IOException {
        String sql;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("db/demo/V1002__demo_admin.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher m = Pattern.compile("'admin', '(\\$2a\\$[^']+)'").matcher(sql);
        assertTrue(m.find(), sql);
        assertTrue(OpenBSDBCrypt.checkPassword(m.group(1), "admin-demo-pass".toCharArray()));
    }
}

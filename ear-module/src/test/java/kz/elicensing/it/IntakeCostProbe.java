package kz.elicensing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What one signed, paid application costs the server (issue 16's cuts), not part of the IT suite: run it alone with
 * {@code -Dit.test=IntakeCostProbe [-Dprobe.count=60 -Dprobe.threads=4]} (on a loaded machine also
 * {@code -Dit.gateway.timeout-ms=20000}: the IT servers' 2 s gateway timeout then refuses cold first calls). It submits the applications from several
 * threads (each a fresh company, paid at the sandbox, signed beforehand), waits until every check and portal notice
 * is done, and prints per application: the server JVM's CPU time, the rows added per table, the bytes stored in the
 * evidence log and the application table, and the database's growth (H2 file or PostgreSQL relation sizes); on
 * PostgreSQL also the content bytes written into the evidence tables, rows deleted since (evidence_pending) included.
 */
@ExtendWith(ArquillianExtension.class)
class IntakeCostProbe {
    private static final int COUNT = Integer.getInteger("probe.count", 60);
    private static final int THREADS = Integer.getInteger("probe.threads", 4);
    private static final boolean POSTGRES = "postgres".equals(System.getProperty("elicensing.it.db"));

    @BeforeAll
    static void outsideWorld() {
        ItEnvironment.sandbox();
    }

    @Test
    void costPerApplication() throws Exception {
        submit(prepare(Math.max(4, COUNT / 6)), false); // warm-up: classes loaded, pools filled, caches warm
        ItEnvironment.awaitOutboxAndNoticesIdle(Duration.ofMinutes(3));
        List<String> signed = prepare(COUNT);
        countContentWrites();
        Thread.sleep(2000);
        Snapshot before = Snapshot.take();
        long started = System.nanoTime();
        submit(signed, true);
        ItEnvironment.awaitOutboxAndNoticesIdle(Duration.ofMinutes(5));
        double seconds = (System.nanoTime() - started) / 1e9;
        Snapshot after = Snapshot.take();
        StringBuilder out = new StringBuilder("\n=== IntakeCostProbe: " + COUNT + " applications, " + THREADS
                + " threads, " + System.getProperty("elicensing.it.db") + String.format(", %.1f s wall", seconds)
                + " ===\n");
        out.append(
                String.format("server CPU ms per application: %.1f%n", (after.cpuMs - before.cpuMs) / (double) COUNT));
        out.append(String.format(
                "database growth per application: %.1f KB%n",
                (after.databaseBytes - before.databaseBytes) / 1024.0 / COUNT));
        long rows = 0;
        for (Map.Entry<String, Long> e : after.rows.entrySet()) {
            long added = e.getValue() - before.rows.getOrDefault(e.getKey(), 0L);
            rows += added;
            if (added != 0) {
                out.append(String.format("  rows %-28s %6.2f per application%n", e.getKey(), added / (double) COUNT));
            }
        }
        out.append(String.format("rows per application: %.2f%n", rows / (double) COUNT));
        long bytes = 0;
        for (Map.Entry<String, Long> e : after.bytes.entrySet()) {
            long added = e.getValue() - before.bytes.getOrDefault(e.getKey(), 0L);
            bytes += added;
            out.append(String.format("  bytes %-40s %8.0f per application%n", e.getKey(), added / (double) COUNT));
        }
        out.append(String.format("stored bytes per application (columns above): %.0f%n", bytes / (double) COUNT));
        if (POSTGRES) {
            long written = 0;
            for (Map.Entry<String, long[]> e : after.written.entrySet()) {
                long[] was = before.written.getOrDefault(e.getKey(), new long[2]);
                written += e.getValue()[1] - was[1];
                out.append(String.format(
                        "  written %-40s %8.0f bytes in %5.2f rows per application%n",
                        e.getKey() + ".content",
                        (e.getValue()[1] - was[1]) / (double) COUNT,
                        (e.getValue()[0] - was[0]) / (double) COUNT));
            }
            out.append(String.format(
                    "evidence content bytes written per application (deleted pending rows included): %.0f%n",
                    written / (double) COUNT));
        }
        for (Map.Entry<String, Long> e : after.raw.entrySet()) {
            out.append(String.format(
                    "  %s: %.0f per application%n",
                    e.getKey(), (e.getValue() - before.raw.getOrDefault(e.getKey(), 0L)) / (double) COUNT));
        }
        System.out.println(out);
        Files.writeString(Path.of(System.getProperty("elicensing.it.home"), "intake-cost.txt"), out);
    }

    /**
     * PostgreSQL only: a trigger on each evidence table with a content column logs every inserted row's content size
     * into {@code probe_content_write}, so what is written and later deleted ({@code evidence_pending}) counts too. An
     * insert-only log: the appends' transactions never wait for one another on it.
     */
    private static void countContentWrites() throws SQLException {
        if (!POSTGRES) {
            return;
        }
        try (Connection db = ItEnvironment.database();
                Statement s = db.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS probe_content_write (table_name VARCHAR(63) NOT NULL,"
                    + " content_bytes BIGINT NOT NULL)");
            s.execute("CREATE OR REPLACE FUNCTION probe_content_write() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                    + " INSERT INTO probe_content_write VALUES (TG_TABLE_NAME, COALESCE(OCTET_LENGTH(NEW.content), 0));"
                    + " RETURN NULL; END; $$");
            for (String table : List.of("evidence_pending", "evidence_content")) {
                s.execute("DROP TRIGGER IF EXISTS probe_content_write ON " + table);
                s.execute("CREATE TRIGGER probe_content_write AFTER INSERT ON " + table
                        + " FOR EACH ROW EXECUTE FUNCTION probe_content_write()");
            }
        }
    }

    /** Fresh companies, paid at the sandbox, their applications signed. */
    private static List<String> prepare(int n) {
        List<String> signed = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            signed.add(FreshCompany.registeredAndPaid().signedApplication());
        }
        return signed;
    }

    /** Sends every application from {@link #THREADS} threads; {@code strict}: each must be registered. */
    private static void submit(List<String> signed, boolean strict) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<kz.elicensing.sandbox.portal.SendResult>> answers = new ArrayList<>();
            for (String xml : signed) {
                answers.add(pool.submit(() -> ItEnvironment.portal().submitApplication(xml)));
            }
            for (Future<kz.elicensing.sandbox.portal.SendResult> a : answers) {
                try {
                    kz.elicensing.sandbox.portal.SendResult r = a.get();
                    assertEquals("SUCCESS", r.statusCode(), "every application is registered: " + r);
                } catch (java.util.concurrent.ExecutionException | AssertionError e) {
                    if (strict) {
                        throw e;
                    }
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    /** The server's CPU time, rows per table, bytes in the big columns, and the database's size, at one moment. */
    private record Snapshot(
            long cpuMs,
            long databaseBytes,
            Map<String, Long> rows,
            Map<String, Long> bytes,
            Map<String, Long> raw,
            Map<String, long[]> written) {
        static Snapshot take() throws Exception {
            Map<String, Long> rows = new TreeMap<>();
            Map<String, Long> bytes = new TreeMap<>();
            Map<String, Long> raw = new TreeMap<>();
            Map<String, long[]> written = new TreeMap<>();
            long size;
            try (Connection db = ItEnvironment.database()) {
                for (String table : tables(db)) {
                    if (!table.startsWith("probe_")) {
                        rows.put(table, number(db, "SELECT COUNT(*) FROM " + table));
                    }
                }
                if (POSTGRES) {
                    try (Statement s = db.createStatement();
                            ResultSet rs = s.executeQuery("SELECT table_name, COUNT(*), SUM(content_bytes)"
                                    + " FROM probe_content_write GROUP BY table_name")) {
                        while (rs.next()) {
                            written.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
                        }
                    }
                }
                for (String column : List.of(
                        "evidence_entry.content",
                        "evidence_content.content",
                        "application.signed_document",
                        "application.validation_report",
                        "application.result_document",
                        "received_message.answer_payload",
                        "outbox_message.payload")) {
                    String[] tc = column.split("\\.");
                    if (rows.containsKey(tc[0])) {
                        try {
                            bytes.put(
                                    column,
                                    number(db, "SELECT COALESCE(SUM(OCTET_LENGTH(" + tc[1] + ")), 0) FROM " + tc[0]));
                        } catch (SQLException e) {
                            // no such column in this version
                        }
                    }
                }
                if (rows.containsKey("evidence_content")) {
                    raw.put(
                            "evidence contents as appended (raw, each entry)",
                            number(
                                    db,
                                    "SELECT COALESCE(SUM(COALESCE(OCTET_LENGTH(e.content), k.size_bytes)), 0) FROM"
                                            + " evidence_entry e LEFT JOIN evidence_content k ON k.sha256 = e.content_sha256"));
                } else {
                    raw.put("evidence contents as appended (raw, each entry)", bytes.get("evidence_entry.content"));
                }
                size = "postgres".equals(System.getProperty("elicensing.it.db"))
                        ? number(
                                db,
                                "SELECT SUM(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n"
                                        + " ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r'")
                        : Files.size(Path.of(System.getProperty("elicensing.it.home"), "db", "elicensing.mv.db"));
            }
            return new Snapshot(serverCpuMs(), size, rows, bytes, raw, written);
        }

        private static List<String> tables(Connection db) throws SQLException {
            List<String> names = new ArrayList<>();
            DatabaseMetaData meta = db.getMetaData();
            try (ResultSet rs = meta.getTables(null, "public", "%", new String[] {"TABLE", "BASE TABLE"})) {
                while (rs.next()) {
                    names.add(rs.getString("TABLE_NAME"));
                }
            }
            return names;
        }

        private static long number(Connection db, String sql) throws SQLException {
            try (Statement s = db.createStatement();
                    ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        }

        /** utime + stime of the WildFly JVM this run started (a descendant running jboss-modules), in ms. */
        private static long serverCpuMs() throws Exception {
            ProcessHandle server = ProcessHandle.current()
                    .descendants()
                    .filter(p -> p.info().commandLine().orElse("").contains("jboss-modules"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no WildFly JVM below this one"));
            String stat = Files.readString(Path.of("/proc", Long.toString(server.pid()), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]); // fields 14 and 15 of stat
            return ticks * 10; // USER_HZ = 100
        }
    }
}

package kz.elicensing.infrastructure.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs V200's own backfill statement (the rollup from the applications' rows) on an emptied {@code sla_rollup}, with
 * no deltas left in {@code sla_delta}.
 */
final class SlaRollupBackfill {
    private SlaRollupBackfill() {}

    static void run(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM sla_rollup");
            s.executeUpdate("DELETE FROM sla_delta");
            s.executeUpdate(statement());
        }
        if (!c.getAutoCommit()) {
            c.commit();
        }
    }

    /** The migration's INSERT INTO sla_rollup … GROUP BY …; statement, without comments. */
    static String statement() {
        try (InputStream in = SlaRollupBackfill.class.getResourceAsStream("/db/migration/V200__sla_rollup.sql")) {
            StringBuilder sql = new StringBuilder();
            boolean inside = false;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                inside |= line.startsWith("INSERT INTO sla_rollup");
                if (inside && !line.strip().startsWith("--")) {
                    sql.append(line).append('\n');
                    if (line.strip().endsWith(";")) {
                        String statement = sql.toString().strip();
                        return statement.substring(0, statement.length() - 1);
                    }
                }
            }
            throw new IllegalStateException("V200 has no INSERT INTO sla_rollup");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

package kz.elicensing.infrastructure.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Measures the SLA rollup's two costs on a copy of a generated year (never on {@code yod} itself: it writes deltas and
 * folds them, leaving the rollup as it was): the summary's two statements with {@code deltas} unfolded deltas of the
 * provider present, and {@link JdbcSlaFold#fold} of one delta per rollup row of the provider's last two weeks (+1,
 * then the same −1, six rounds). Not part of the test suite. Arguments: JDBC URL, provider, deltas.
 */
public final class SlaFoldProbe {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    private SlaFoldProbe() {}

    public static void main(String[] args) throws Exception {
        String provider = args[1];
        int deltas = Integer.parseInt(args[2]);
        try (Connection c = DriverManager.getConnection(args[0])) {
            summary(c, provider, 0);
            if (deltas > 0) {
                summary(c, provider, deltas);
            }
            folds(c, provider);
        }
    }

    /** p50/p95/max of counts + span days over 200 runs after 20 warm-up ones, with {@code deltas} unfolded deltas. */
    private static void summary(Connection c, String provider, int deltas) throws SQLException {
        insertDeltas(c, provider, "2026-11-01", deltas, 100, 1);
        try {
            double[] t = new double[200];
            int rows = 0;
            for (int i = -20; i < t.length; i++) {
                long start = System.nanoTime();
                rows = JdbcSlaStore.counts(c, provider, TODAY).size()
                        + JdbcSlaStore.spanDays(c, provider).size();
                if (i >= 0) {
                    t[i] = (System.nanoTime() - start) / 1e6;
                }
            }
            Arrays.sort(t);
            System.out.printf(
                    "SLA summary (%s, %d unfolded deltas): p50 %.1f ms, p95 %.1f ms, max %.1f ms, rows %d%n",
                    provider, deltas, t[99], t[189], t[199], rows);
        } finally {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM sla_delta");
            }
        }
    }

    /** Six folds of one delta per rollup row of the provider's last two weeks, +1 then −1: the rollup ends unchanged. */
    private static void folds(Connection c, String provider) throws SQLException {
        for (int round = 0; round < 6; round++) {
            int inserted = insertDeltas(c, provider, "2026-11-20", Integer.MAX_VALUE, 1, round % 2 == 0 ? 1 : -1);
            long start = System.nanoTime();
            c.setAutoCommit(false);
            int moved = JdbcSlaFold.fold(c, JdbcSlaFold.BATCH);
            c.commit();
            c.setAutoCommit(true);
            System.out.printf(
                    "fold %d: %d deltas inserted, %d folded in %.1f ms%n",
                    round, inserted, moved, (System.nanoTime() - start) / 1e6);
        }
    }

    /** Up to {@code limit} deltas ({@code copies} per rollup row of the provider from {@code from}), each ±1. */
    private static int insertDeltas(Connection c, String provider, String from, int limit, int copies, int sign)
            throws SQLException {
        if (limit == 0) {
            return 0;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sla_delta (provider_code, service_code, on_day,"
                + " decided, on_time, span_ends, span_starts) SELECT provider_code, service_code, on_day, ?, ?, ?, 0"
                + " FROM sla_rollup, generate_series(1, ?) g WHERE provider_code = ? AND on_day >= CAST(? AS DATE)"
                + " LIMIT ?")) {
            ps.setInt(1, sign);
            ps.setInt(2, sign);
            ps.setInt(3, sign);
            ps.setInt(4, copies);
            ps.setString(5, provider);
            ps.setString(6, from);
            ps.setInt(7, limit);
            return ps.executeUpdate();
        }
    }
}

package kz.elicensing.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Folds {@code sla_delta} into {@code sla_rollup} (V200): under the lock of the one {@code sla_fold_lock} row (one
 * folder at a time, across servers; no deciding transaction ever takes it), reads up to a batch of the committed deltas,
 * adds them per provider, service and day into the rollup (the folder is its only writer, so an update, else an insert;
 * each a JDBC batch) and deletes exactly the delta rows it read: all visible together at the commit, so a summary sees each delta once.
 */
@Stateless
@LocalBean
public class JdbcSlaFold {
    /** How many delta rows one folding transaction moves at most. */
    public static final int BATCH = 1000;

    private static final String OLDEST = "SELECT id, provider_code, service_code, on_day, decided, on_time, span_ends,"
            + " span_starts FROM sla_delta ORDER BY id LIMIT ?";

    private static final String ADD = "UPDATE sla_rollup SET decided = decided + ?, on_time = on_time + ?,"
            + " span_ends = span_ends + ?, span_starts = span_starts + ?"
            + " WHERE provider_code = ? AND service_code = ? AND on_day = ?";

    private static final String NEW = "INSERT INTO sla_rollup (decided, on_time, span_ends, span_starts, provider_code,"
            + " service_code, on_day) VALUES (?, ?, ?, ?, ?, ?, ?)";

    @Resource(lookup = "java:jboss/datasources/ElicensingDS")
    DataSource dataSource;

    /** Folds one batch in a transaction of its own; returns how many delta rows it moved. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int foldBatch() {
        try (Connection c = dataSource.getConnection()) {
            return fold(c, BATCH);
        } catch (SQLException e) {
            throw new IllegalStateException("folding the SLA deltas failed", e);
        }
    }

    /** Folds up to {@code batch} deltas in the caller's transaction on {@code c} (the caller commits). */
    static int fold(Connection c, int batch) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("SELECT id FROM sla_fold_lock WHERE id = 1 FOR UPDATE");
                ResultSet rs = lock.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("sla_fold_lock has no row: is migration V200 applied?");
            }
        }
        List<Long> ids = new ArrayList<>();
        Map<List<Object>, int[]> sums = new TreeMap<>(SlaRollupListener::compareKeys);
        try (PreparedStatement ps = c.prepareStatement(OLDEST)) {
            ps.setInt(1, batch);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                    int[] sum = sums.computeIfAbsent(
                            List.of(rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class)),
                            k -> new int[4]);
                    for (int i = 0; i < 4; i++) {
                        sum[i] += rs.getInt(5 + i);
                    }
                }
            }
        }
        if (ids.isEmpty()) {
            return 0;
        }
        List<Map.Entry<List<Object>, int[]>> rows = new ArrayList<>();
        for (Map.Entry<List<Object>, int[]> row : sums.entrySet()) {
            int[] v = row.getValue();
            if (v[0] != 0 || v[1] != 0 || v[2] != 0 || v[3] != 0) {
                rows.add(row);
            }
        }
        int[] updated;
        try (PreparedStatement add = c.prepareStatement(ADD)) {
            for (Map.Entry<List<Object>, int[]> row : rows) {
                set(add, row.getKey(), row.getValue()).addBatch();
            }
            updated = rows.isEmpty() ? new int[0] : add.executeBatch();
        }
        try (PreparedStatement insert = c.prepareStatement(NEW)) {
            boolean any = false;
            for (int i = 0; i < rows.size(); i++) {
                if (updated[i] == 0) {
                    set(insert, rows.get(i).getKey(), rows.get(i).getValue()).addBatch();
                    any = true;
                } else if (updated[i] != 1) {
                    // a driver that does not tell the count: nothing is known, so nothing is folded (rolled back)
                    throw new SQLException("sla_rollup: an update counted " + updated[i] + " rows");
                }
            }
            if (any) {
                insert.executeBatch();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM sla_delta WHERE id = ?")) {
            for (long id : ids) {
                ps.setLong(1, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return ids.size();
    }

    /** Sets the four counts, then the key (provider, service, day): the parameters of both ADD and NEW. */
    private static PreparedStatement set(PreparedStatement ps, List<Object> key, int[] counts) throws SQLException {
        for (int i = 0; i < 4; i++) {
            ps.setInt(1 + i, counts[i]);
        }
        ps.setString(5, (String) key.get(0));
        ps.setString(6, (String) key.get(1));
        ps.setObject(7, key.get(2));
        return ps;
    }
}

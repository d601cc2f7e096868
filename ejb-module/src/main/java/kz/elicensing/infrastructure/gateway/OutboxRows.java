package kz.elicensing.infrastructure.gateway;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import kz.elicensing.application.check.CheckKind;

/**
 * Claiming and settling outbox rows in plain JDBC on the caller's connection. On PostgreSQL a claim locks the due rows
 * with {@code SELECT ... FOR UPDATE SKIP LOCKED} and moves their {@code next_attempt_at} to the lease's end in the same
 * transaction: servers draining one outbox at once (a cluster's nodes) each take rows no other holds, without waiting
 * for one another's locks. H2 (one server; its SKIP LOCKED drops unlocked rows too when a LIMIT is given, 2.2.224)
 * selects the due rows without a lock. Either way the claim is a conditional UPDATE per row (still due, still
 * PENDING), and a row is this server's only when its update count is 1: two claimers racing for one row, the second
 * update waits for the first to commit, then finds the row no longer due and counts 0; rows are updated in id order,
 * so two claimers cannot deadlock. The lease is {@code next_attempt_at}: a claimed row is not due again before the
 * lease ends, and comes back by itself if its server dies.
 */
final class OutboxRows {
    private static final String DUE = "SELECT id FROM outbox_message WHERE state = 'PENDING' AND next_attempt_at <= ?"
            + " ORDER BY next_attempt_at, id LIMIT ?";
    /** Due rows, oldest first, locked for this transaction; rows another transaction holds are passed over. */
    static final String CLAIM_DUE_POSTGRESQL = DUE + " FOR UPDATE SKIP LOCKED";

    private OutboxRows() {}

    /** Claims up to {@code max} due rows until {@code leaseEnd}: one more attempt each, the same messageId as before. */
    static List<ClaimedCall> claim(Connection c, Instant now, Instant leaseEnd, String node, int max)
            throws SQLException {
        List<Long> due = new ArrayList<>();
        boolean postgres = c.getMetaData().getDatabaseProductName().startsWith("PostgreSQL");
        try (PreparedStatement ps = c.prepareStatement(postgres ? CLAIM_DUE_POSTGRESQL : DUE)) {
            ps.setObject(1, utc(now));
            ps.setInt(2, max);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    due.add(rs.getLong(1));
                }
            }
        }
        due.sort(null);
        List<ClaimedCall> claimed = new ArrayList<>(due.size());
        try (PreparedStatement update = c.prepareStatement("UPDATE outbox_message SET attempts = attempts + 1,"
                        + " next_attempt_at = ?, claimed_by = ?, version = version + 1"
                        + " WHERE id = ? AND state = 'PENDING' AND next_attempt_at <= ?");
                PreparedStatement read =
                        c.prepareStatement("SELECT message_id, application_number, kind, attempts, version,"
                                + " subject, occurred_at FROM outbox_message WHERE id = ?")) {
            for (long id : due) {
                update.setObject(1, utc(leaseEnd));
                update.setString(2, node);
                update.setLong(3, id);
                update.setObject(4, utc(now));
                if (update.executeUpdate() == 1) {
                    read.setLong(1, id);
                    try (ResultSet rs = read.executeQuery()) {
                        rs.next();
                        claimed.add(new ClaimedCall(
                                id,
                                rs.getString(1),
                                rs.getString(2),
                                CheckKind.valueOf(rs.getString(3)),
                                rs.getInt(4),
                                rs.getLong(5),
                                rs.getString(6),
                                instant(rs.getObject(7, OffsetDateTime.class))));
                    }
                }
            }
        }
        return claimed;
    }

    /** The call succeeded: the row is DONE. False when the claim is no longer this server's. */
    static boolean done(Connection c, ClaimedCall call) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE outbox_message SET state = 'DONE', last_error = NULL,"
                + " version = version + 1 WHERE id = ? AND version = ? AND state = 'PENDING'")) {
            ps.setLong(1, call.id());
            ps.setLong(2, call.version());
            return ps.executeUpdate() == 1;
        }
    }

    /** The call failed: due again at {@code at}. False when the claim is no longer this server's. */
    static boolean retryAt(Connection c, ClaimedCall call, Instant at, String error) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE outbox_message SET next_attempt_at = ?, last_error = ?,"
                + " version = version + 1 WHERE id = ? AND version = ? AND state = 'PENDING'")) {
            ps.setObject(1, utc(at));
            ps.setString(2, truncate(error));
            ps.setLong(3, call.id());
            ps.setLong(4, call.version());
            return ps.executeUpdate() == 1;
        }
    }

    /** The last attempt failed: the row is FAILED. False when the claim is no longer this server's. */
    static boolean fail(Connection c, ClaimedCall call, String error) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE outbox_message SET state = 'FAILED', last_error = ?,"
                + " version = version + 1 WHERE id = ? AND version = ? AND state = 'PENDING'")) {
            ps.setString(1, truncate(error));
            ps.setLong(2, call.id());
            ps.setLong(3, call.version());
            return ps.executeUpdate() == 1;
        }
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 2000 ? s : s.substring(0, 2000);
    }
}

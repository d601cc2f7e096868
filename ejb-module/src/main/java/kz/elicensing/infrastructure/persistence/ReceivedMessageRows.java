package kz.elicensing.infrastructure.persistence;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.infrastructure.config.NodeBoot;
import kz.elicensing.shep.OutboundMessage;
import kz.elicensing.shep.ReceivedMessage;
import kz.elicensing.shep.RememberedRefusal;

/**
 * The statements on the {@code received_message} table, in plain JDBC on the caller's connection: the same SQL on H2
 * (PostgreSQL mode) and on PostgreSQL, and testable without a server. A claim is an insert that the primary key
 * (sender_id, message_id) lets through once ({@code ON CONFLICT DO NOTHING} waits for a concurrent insert of the same
 * key and then inserts nothing); every later change names the claim's token, so a taken-over claim cannot be answered.
 */
final class ReceivedMessageRows {
    private static final int STATUS_MESSAGE_MAX = 1000;

    private ReceivedMessageRows() {}

    /** Inserts an IN_PROGRESS row; false when the sender's messageId has a row already. */
    static boolean claim(
            Connection c,
            String senderId,
            String messageId,
            String serviceId,
            String contentHash,
            String token,
            NodeBoot owner,
            Instant now)
            throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("INSERT INTO received_message (sender_id, message_id, service_id,"
                        + " content_sha256, state, claim_token, claimed_at, claim_node, claim_boot)"
                        + " VALUES (?, ?, ?, ?, 'IN_PROGRESS', ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            ps.setString(1, senderId);
            ps.setString(2, messageId);
            ps.setString(3, serviceId);
            ps.setString(4, contentHash);
            ps.setString(5, token);
            ps.setObject(6, utc(now));
            ps.setString(7, owner.node());
            ps.setString(8, owner.boot());
            return ps.executeUpdate() == 1;
        }
    }

    static Optional<ReceivedMessage> find(Connection c, String senderId, String messageId) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("SELECT content_sha256, state, claim_token, claimed_at, status_code, status_message,"
                        + " answer_payload FROM received_message WHERE sender_id = ? AND message_id = ?")) {
            ps.setString(1, senderId);
            ps.setString(2, messageId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                OutboundMessage answer = null;
                if ("ANSWERED".equals(rs.getString("state"))) {
                    byte[] payload = rs.getBytes("answer_payload");
                    answer = new OutboundMessage(
                            rs.getString("status_code"),
                            rs.getString("status_message"),
                            payload == null ? null : new String(payload, StandardCharsets.UTF_8),
                            null);
                }
                return Optional.of(new ReceivedMessage(
                        senderId,
                        messageId,
                        rs.getString("content_sha256"),
                        rs.getString("claim_token"),
                        rs.getObject("claimed_at", OffsetDateTime.class).toInstant(),
                        answer));
            }
        }
    }

    /** Moves an unanswered claim from the token seen to {@code newToken}; false when it changed meanwhile. */
    static boolean takeOver(Connection c, ReceivedMessage seen, String newToken, NodeBoot owner, Instant now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE received_message SET claim_token = ?, claimed_at = ?,"
                + " claim_node = ?, claim_boot = ?"
                + " WHERE sender_id = ? AND message_id = ? AND claim_token = ? AND state = 'IN_PROGRESS'")) {
            ps.setString(1, newToken);
            ps.setObject(2, utc(now));
            ps.setString(3, owner.node());
            ps.setString(4, owner.boot());
            ps.setString(5, seen.senderId());
            ps.setString(6, seen.messageId());
            ps.setString(7, seen.claimToken());
            return ps.executeUpdate() == 1;
        }
    }

    /**
     * Releases the unanswered claims of {@code node}'s earlier boots (made by a JVM of this node that is no longer
     * running): their claim time moves back to {@code releasedAt}, so a resend takes them over at once. Returns how many.
     */
    static int releaseEarlierBoots(Connection c, NodeBoot current, Instant releasedAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE received_message SET claimed_at = ?"
                + " WHERE state = 'IN_PROGRESS' AND claim_node = ? AND claim_boot <> ? AND claimed_at > ?")) {
            ps.setObject(1, utc(releasedAt));
            ps.setString(2, current.node());
            ps.setString(3, current.boot());
            ps.setObject(4, utc(releasedAt));
            return ps.executeUpdate();
        }
    }

    /**
     * Releases the unanswered claims of every boot but {@code current} that has no heartbeat since {@code aliveSince}
     * (a node that died, or one long gone): their claim time moves back to {@code releasedAt}. Returns how many.
     */
    static int releaseSilentBoots(Connection c, NodeBoot current, Instant aliveSince, Instant releasedAt)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE received_message SET claimed_at = ?"
                + " WHERE state = 'IN_PROGRESS' AND claim_boot IS NOT NULL AND claim_boot <> ? AND claimed_at > ?"
                + " AND claim_boot NOT IN (SELECT boot_id FROM node_heartbeat WHERE beat_at >= ?)")) {
            ps.setObject(1, utc(releasedAt));
            ps.setString(2, current.boot());
            ps.setObject(3, utc(releasedAt));
            ps.setObject(4, utc(aliveSince));
            return ps.executeUpdate();
        }
    }

    /** This boot's heartbeat at {@code now} (the first one inserts its row). */
    static void beat(Connection c, NodeBoot current, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE node_heartbeat SET beat_at = ? WHERE boot_id = ?")) {
            ps.setObject(1, utc(now));
            ps.setString(2, current.boot());
            if (ps.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO node_heartbeat (boot_id, node, started_at, beat_at)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            ps.setString(1, current.boot());
            ps.setString(2, current.node());
            ps.setObject(3, utc(now));
            ps.setObject(4, utc(now));
            ps.executeUpdate();
        }
    }

    /** Deletes heartbeats older than {@code before} (boots long stopped); returns how many. */
    static int forgetHeartbeats(Connection c, Instant before) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM node_heartbeat WHERE beat_at < ?")) {
            ps.setObject(1, utc(before));
            return ps.executeUpdate();
        }
    }

    /** Stores the answer under the claim; false when the claim is no longer held with {@code token}. */
    static boolean answer(
            Connection c, String senderId, String messageId, String token, OutboundMessage answer, Instant now)
            throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("UPDATE received_message SET state = 'ANSWERED', answered_at = ?,"
                        + " status_code = ?, status_message = ?, answer_payload = ?"
                        + " WHERE sender_id = ? AND message_id = ? AND claim_token = ? AND state = 'IN_PROGRESS'")) {
            ps.setObject(1, utc(now));
            ps.setString(2, answer.statusCode());
            ps.setString(3, truncate(answer.statusMessage()));
            ps.setBytes(4, answer.payload() == null ? null : answer.payload().getBytes(StandardCharsets.UTF_8));
            ps.setString(5, senderId);
            ps.setString(6, messageId);
            ps.setString(7, token);
            return ps.executeUpdate() == 1;
        }
    }

    /** Keeps a final refusal of this sender's messageId with this content (a second one of the same is ignored). */
    static void refuse(
            Connection c, String senderId, String messageId, String contentHash, RememberedRefusal refusal, Instant now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO message_refusal (sender_id, message_id,"
                + " content_sha256, refused_at, error_code, text_ru, text_kk) VALUES (?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT DO NOTHING")) {
            ps.setString(1, senderId);
            ps.setString(2, messageId);
            ps.setString(3, contentHash);
            ps.setObject(4, utc(now));
            ps.setString(5, refusal.code().name());
            ps.setString(6, truncate(refusal.ru()));
            ps.setString(7, truncate(refusal.kk()));
            ps.executeUpdate();
        }
    }

    /** The refusal kept for this sender's messageId with this content, if any. */
    static Optional<RememberedRefusal> refusal(Connection c, String senderId, String messageId, String contentHash)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT error_code, text_ru, text_kk FROM message_refusal"
                + " WHERE sender_id = ? AND message_id = ? AND content_sha256 = ?")) {
            ps.setString(1, senderId);
            ps.setString(2, messageId);
            ps.setString(3, contentHash);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.of(new RememberedRefusal(
                                ErrorCode.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3)))
                        : Optional.empty();
            }
        }
    }

    /** Deletes an unanswered claim held with {@code token}; false when there is none. */
    static boolean release(Connection c, String senderId, String messageId, String token) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM received_message"
                + " WHERE sender_id = ? AND message_id = ? AND claim_token = ? AND state = 'IN_PROGRESS'")) {
            ps.setString(1, senderId);
            ps.setString(2, messageId);
            ps.setString(3, token);
            return ps.executeUpdate() == 1;
        }
    }

    /** Deletes the rows claimed, and the refusals kept, before {@code before}; returns how many rows. */
    static int purge(Connection c, Instant before) throws SQLException {
        int deleted;
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM received_message WHERE claimed_at < ?")) {
            ps.setObject(1, utc(before));
            deleted = ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM message_refusal WHERE refused_at < ?")) {
            ps.setObject(1, utc(before));
            return deleted + ps.executeUpdate();
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String truncate(String s) {
        return s == null || s.length() <= STATUS_MESSAGE_MAX ? s : s.substring(0, STATUS_MESSAGE_MAX);
    }
}

package kz.elicensing.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import kz.elicensing.shep.RefusedMessage;
import kz.elicensing.shep.RefusedMessages;

/**
 * The {@code refused_message} table: one small row per message refused before its sender was authenticated, outside
 * the evidence log's chain and its lock, deleted after its retention ({@code LedgerPurge}).
 */
@Stateless
@LocalBean
@Local(RefusedMessages.class)
public class JdbcRefusedMessages implements RefusedMessages {
    private static final int ADDRESS_MAX = 64;
    private static final int CODE_MAX = 40;

    @Resource(lookup = "java:jboss/datasources/ElicensingDS")
    DataSource dataSource;

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void keep(RefusedMessage r) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("INSERT INTO refused_message (received_at, remote_address,"
                        + " size_bytes, body_sha256, error_code, claimed_sender_id, claimed_message_id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setObject(1, (r.receivedAt() == null ? Instant.now() : r.receivedAt()).atOffset(ZoneOffset.UTC));
            ps.setString(2, cut(r.remoteAddress(), ADDRESS_MAX));
            ps.setLong(3, r.sizeBytes());
            ps.setString(4, r.sha256());
            ps.setString(5, cut(r.errorCode(), CODE_MAX));
            ps.setString(6, r.claimedSenderId());
            ps.setString(7, r.claimedMessageId());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("refused message not recorded", e);
        }
    }

    /** Deletes the records of messages received before {@code before}; returns how many. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int purge(Instant before) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("DELETE FROM refused_message WHERE received_at < ?")) {
            ps.setObject(1, before.atOffset(ZoneOffset.UTC));
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("refused messages purge failed", e);
        }
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}

package kz.elicensing.infrastructure.persistence;

import jakarta.annotation.Resource;
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

/** The {@code scheduled_run} table: one row per run of a cluster-wide scheduled job, its period and its node. */
@Stateless
@LocalBean
public class JdbcScheduledRuns {

    @Resource(lookup = "java:jboss/datasources/ElicensingDS")
    DataSource dataSource;

    /** Records that {@code node} ran {@code job} for the period starting at {@code periodStart}, at {@code ranAt}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(String job, Instant periodStart, String node, Instant ranAt) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO scheduled_run (job, period_start, node, ran_at) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, job);
            ps.setObject(2, periodStart.atOffset(ZoneOffset.UTC));
            ps.setString(3, node);
            ps.setObject(4, ranAt.atOffset(ZoneOffset.UTC));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(job + " run not recorded", e);
        }
    }

    /** Deletes the records of runs before {@code before}; returns how many. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int purge(Instant before) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("DELETE FROM scheduled_run WHERE ran_at < ?")) {
            ps.setObject(1, before.atOffset(ZoneOffset.UTC));
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("scheduled runs purge failed", e);
        }
    }
}

package kz.elicensing.infrastructure.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import kz.elicensing.application.ops.CheckResult;
import kz.elicensing.application.ops.ReadinessCheck;
import kz.elicensing.infrastructure.config.ElicensingConfig;
import kz.elicensing.infrastructure.gateway.OutboxMessage;

/**
 * Reports the outbox backlog: how many PENDING rows are due and how long the oldest has waited. DOWN when that wait
 * passes {@code elicensing.health.outbox-stuck-minutes} (no dispatcher is draining; a failing gateway does not count,
 * since failed calls are rescheduled), unless that is 0.
 */
@ApplicationScoped
public class OutboxReadiness implements ReadinessCheck {
    static final String NAME = "elicensing-outbox";
    private static final String DUE =
            "SELECT COUNT(*), MIN(next_attempt_at) FROM outbox_message" + " WHERE state = ? AND next_attempt_at <= ?";

    @Resource(lookup = "java:jboss/datasources/ElicensingDS")
    DataSource dataSource;

    @Inject
    ElicensingConfig config;

    @Inject
    Clock clock;

    @Override
    public CheckResult check() {
        try (Connection connection = dataSource.getConnection()) {
            return check(connection, clock.instant(), config.outboxStuckAfter());
        } catch (SQLException | RuntimeException e) {
            return CheckResult.failed(NAME, e);
        }
    }

    static CheckResult check(Connection connection, Instant now, Duration stuckAfter) throws SQLException {
        long due;
        OffsetDateTime oldest;
        try (PreparedStatement statement = connection.prepareStatement(DUE)) {
            statement.setString(1, OutboxMessage.State.PENDING.name());
            statement.setObject(2, now.atOffset(ZoneOffset.UTC));
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                due = rs.getLong(1);
                oldest = rs.getObject(2, OffsetDateTime.class);
            }
        }
        Duration waited = oldest == null ? Duration.ZERO : Duration.between(oldest.toInstant(), now);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("due", due);
        data.put("oldestDueSeconds", waited.toSeconds());
        data.put("stuckAfterMinutes", stuckAfter.toMinutes());
        boolean stuck = !stuckAfter.isZero() && waited.compareTo(stuckAfter) > 0;
        return stuck
                ? CheckResult.down(NAME, data, "a due outbox row has waited " + waited + ": is the dispatcher running?")
                : CheckResult.up(NAME, data);
    }
}

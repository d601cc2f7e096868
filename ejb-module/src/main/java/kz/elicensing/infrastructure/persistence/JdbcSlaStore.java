package kz.elicensing.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import kz.elicensing.application.deadline.SlaStore;
import kz.elicensing.domain.application.ApplicationStatus;

/**
 * The SLA's counts in SQL: the decided applications from {@code sla_rollup} and the deltas not folded into it yet
 * ({@code sla_delta}; V200, written by {@link SlaRollupListener}, folded by {@link JdbcSlaFold}), each statement one
 * snapshot of both, so exact at once; the open ones from {@code application} (PostgreSQL: the partial index
 * {@code application_sla_open_idx}). Today (Almaty's) is a parameter, never the database's date.
 */
@ApplicationScoped
public class JdbcSlaStore implements SlaStore {
    /** The statuses that end an application (ISSUED, REFUSED), as SQL literals of the enum's own names. */
    static final String FINAL = Arrays.stream(ApplicationStatus.values())
            .filter(ApplicationStatus::isFinal)
            .map(s -> "'" + s.name() + "'")
            .collect(Collectors.joining(", "));

    /**
     * Per service: the rollup's and the unfolded deltas' decided and on time, and the open ones (the partial index's
     * very condition).
     */
    static final String COUNTS = "SELECT service_code, SUM(decided), SUM(on_time), SUM(open_now), SUM(overdue) FROM"
            + " (SELECT service_code, decided, on_time, 0 AS open_now, 0 AS overdue FROM sla_rollup"
            + " WHERE provider_code = ?"
            + " UNION ALL SELECT service_code, decided, on_time, 0, 0 FROM sla_delta WHERE provider_code = ?"
            + " UNION ALL SELECT service_code, 0, 0, 1, CASE WHEN deadline < ? THEN 1 ELSE 0 END FROM application"
            + " WHERE provider_code = ? AND decided_on IS NULL AND status NOT IN (" + FINAL + ")) x"
            + " GROUP BY service_code ORDER BY service_code";

    /** The span ends and starts per service and day: the rollup's rows and the unfolded deltas (signed), summed. */
    static final String SPAN_DAYS = "SELECT service_code, on_day, SUM(span_ends), SUM(span_starts) FROM"
            + " (SELECT service_code, on_day, span_ends, span_starts FROM sla_rollup"
            + " WHERE provider_code = ? AND (span_ends <> 0 OR span_starts <> 0)"
            + " UNION ALL SELECT service_code, on_day, span_ends, span_starts FROM sla_delta"
            + " WHERE provider_code = ? AND (span_ends <> 0 OR span_starts <> 0)) x"
            + " GROUP BY service_code, on_day";

    @Resource(lookup = "java:jboss/datasources/ElicensingDS")
    DataSource dataSource;

    @Override
    public List<ServiceCounts> counts(String providerCode, LocalDate today) {
        try (Connection c = dataSource.getConnection()) {
            return counts(c, providerCode, today);
        } catch (SQLException e) {
            throw new IllegalStateException("SLA counts failed", e);
        }
    }

    @Override
    public List<SpanDay> spanDays(String providerCode) {
        try (Connection c = dataSource.getConnection()) {
            return spanDays(c, providerCode);
        } catch (SQLException e) {
            throw new IllegalStateException("SLA spans failed", e);
        }
    }

    static List<ServiceCounts> counts(Connection c, String providerCode, LocalDate today) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(COUNTS)) {
            ps.setString(1, providerCode);
            ps.setString(2, providerCode);
            ps.setObject(3, today);
            ps.setString(4, providerCode);
            List<ServiceCounts> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ServiceCounts(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)));
                }
            }
            return out;
        }
    }

    static List<SpanDay> spanDays(Connection c, String providerCode) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SPAN_DAYS)) {
            ps.setString(1, providerCode);
            ps.setString(2, providerCode);
            List<SpanDay> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new SpanDay(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getInt(3), rs.getInt(4)));
                }
            }
            return out;
        }
    }
}

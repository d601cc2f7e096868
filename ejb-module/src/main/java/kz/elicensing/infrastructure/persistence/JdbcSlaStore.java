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
 * The SLA's counts grouped in SQL on {@code application} ({@code application_provider_service_idx}): per service, and
 * the decided ones per registration and decision day. Today (Almaty's) is a parameter, never the database's date.
 */
@ApplicationScoped
public class JdbcSlaStore implements SlaStore {
    /** The statuses that end an application (ISSUED, REFUSED), as SQL literals of the enum's own names. */
    private static final String FINAL = Arrays.stream(ApplicationStatus.values())
            .filter(ApplicationStatus::isFinal)
            .map(s -> "'" + s.name() + "'")
            .collect(Collectors.joining(", "));

    static final String COUNTS = "SELECT service_code,"
            + " SUM(CASE WHEN decided_on IS NOT NULL THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN decided_on IS NOT NULL AND decided_on <= deadline THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN decided_on IS NULL AND status NOT IN (" + FINAL + ") THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN decided_on IS NULL AND status NOT IN (" + FINAL + ") AND deadline < ? THEN 1 ELSE 0 END)"
            + " FROM application WHERE provider_code = ? GROUP BY service_code ORDER BY service_code";

    static final String SPANS = "SELECT service_code, registered_on, decided_on, COUNT(*) FROM application"
            + " WHERE provider_code = ? AND decided_on IS NOT NULL GROUP BY service_code, registered_on, decided_on";

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
    public List<DecidedSpan> decidedSpans(String providerCode) {
        try (Connection c = dataSource.getConnection()) {
            return decidedSpans(c, providerCode);
        } catch (SQLException e) {
            throw new IllegalStateException("SLA spans failed", e);
        }
    }

    static List<ServiceCounts> counts(Connection c, String providerCode, LocalDate today) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(COUNTS)) {
            ps.setObject(1, today);
            ps.setString(2, providerCode);
            List<ServiceCounts> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ServiceCounts(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)));
                }
            }
            return out;
        }
    }

    static List<DecidedSpan> decidedSpans(Connection c, String providerCode) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SPANS)) {
            ps.setString(1, providerCode);
            List<DecidedSpan> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new DecidedSpan(
                            rs.getString(1),
                            rs.getObject(2, LocalDate.class),
                            rs.getObject(3, LocalDate.class),
                            rs.getInt(4)));
                }
            }
            return out;
        }
    }
}

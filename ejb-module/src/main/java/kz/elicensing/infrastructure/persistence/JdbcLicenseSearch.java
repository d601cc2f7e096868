package kz.elicensing.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import kz.elicensing.application.registry.LicenseFilter;
import kz.elicensing.application.registry.LicenseRow;
import kz.elicensing.application.registry.LicenseSearchStore;
import kz.elicensing.application.registry.RegistryDesk;
import kz.elicensing.domain.licence.LicenseStatus;

/** The registry search on the license table ({@link LicenseSearchSql}): SQL filters, counts and pages. */
@ApplicationScoped
public class JdbcLicenseSearch implements LicenseSearchStore {

    @Resource(lookup = "java:jboss/datasources/ElicensingDS")
    DataSource dataSource;

    @Override
    public int count(LicenseFilter filter, int cap) {
        try (Connection c = dataSource.getConnection()) {
            return count(c, filter, cap);
        } catch (SQLException e) {
            throw new IllegalStateException("registry search failed", e);
        }
    }

    @Override
    public List<LicenseRow> page(LicenseFilter filter, int first, int size) {
        try (Connection c = dataSource.getConnection()) {
            return page(c, filter, first, size);
        } catch (SQLException e) {
            throw new IllegalStateException("registry search failed", e);
        }
    }

    /**
     * The page on a connection (the unit tests' H2). A holder-name search is counted first up to {@link
     * RegistryDesk#NAME_COUNT_CAP}: that few matches are read through the trigram indexes and sorted; more are dense
     * enough that walking the licenses newest first finds a page soon.
     */
    static List<LicenseRow> page(Connection c, LicenseFilter filter, int first, int size) throws SQLException {
        LicenseSearchSql sql = LicenseSearchSql.of(filter);
        boolean few = sql.byName() && count(c, filter, RegistryDesk.NAME_COUNT_CAP) <= RegistryDesk.NAME_COUNT_CAP;
        List<Object> params = new ArrayList<>(few ? sql.fewMatchesParameters() : sql.parameters());
        params.add(size);
        params.add(first);
        try (PreparedStatement ps = c.prepareStatement(few ? sql.fewMatchesPageSql() : sql.pageSql())) {
            bind(ps, params);
            List<LicenseRow> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String status = rs.getString(2);
                    rows.add(new LicenseRow(
                            rs.getString(1),
                            status,
                            LicenseStatus.valueOf(status).messageKey(),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getString(8),
                            rs.getString(9),
                            rs.getObject(10, OffsetDateTime.class).toInstant()));
                }
            }
            return rows;
        }
    }

    /** How many match, counted up to {@code cap + 1}, on a connection. */
    static int count(Connection c, LicenseFilter filter, int cap) throws SQLException {
        LicenseSearchSql sql = LicenseSearchSql.of(filter);
        List<Object> params = new ArrayList<>(sql.parameters());
        params.add(cap + 1);
        try (PreparedStatement ps = c.prepareStatement(sql.countSql())) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }
}

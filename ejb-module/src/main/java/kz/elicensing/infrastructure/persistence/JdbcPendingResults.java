package kz.elicensing.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;
import kz.elicensing.application.decision.PendingResult;
import kz.elicensing.application.decision.PendingResults;
import kz.elicensing.application.decision.ResultKindToSign;

/** The prepared results waiting for a signature, in {@code pending_result} (V121), in the caller's transaction. */
@ApplicationScoped
public class JdbcPendingResults implements PendingResults {
    static final String COLUMNS =
            "token, subject, kind, provider_code, document, parameters, officer, prepared_at, expires_at";

    @Resource(lookup = "java:jboss/datasources/ElicensingDS")
    DataSource dataSource;

    @Override
    public Optional<PendingResult> byToken(String token) {
        return one("SELECT " + COLUMNS + " FROM pending_result WHERE token = ?", token);
    }

    @Override
    public Optional<PendingResult> bySubject(String subject) {
        return one("SELECT " + COLUMNS + " FROM pending_result WHERE subject = ?", subject);
    }

    @Override
    public void add(PendingResult p) {
        try (Connection c = dataSource.getConnection()) {
            add(c, p);
        } catch (SQLException e) {
            throw new IllegalStateException("pending result " + p.subject() + " not kept", e);
        }
    }

    @Override
    public void remove(String token) {
        try (Connection c = dataSource.getConnection()) {
            remove(c, token);
        } catch (SQLException e) {
            throw new IllegalStateException("pending result " + token + " not removed", e);
        }
    }

    private Optional<PendingResult> one(String sql, String key) {
        try (Connection c = dataSource.getConnection()) {
            return one(c, sql, key);
        } catch (SQLException e) {
            throw new IllegalStateException("pending result " + key + " not read", e);
        }
    }

    static void add(Connection c, PendingResult p) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("INSERT INTO pending_result (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, p.token());
            s.setString(2, p.subject());
            s.setString(3, p.kind().name());
            s.setString(4, p.providerCode());
            s.setBytes(5, p.document());
            s.setString(6, PendingResult.encode(p.parameters()));
            s.setString(7, p.officer());
            s.setObject(8, OffsetDateTime.ofInstant(p.preparedAt(), ZoneOffset.UTC));
            s.setObject(9, OffsetDateTime.ofInstant(p.expiresAt(), ZoneOffset.UTC));
            s.executeUpdate();
        }
    }

    static void remove(Connection c, String token) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM pending_result WHERE token = ?")) {
            s.setString(1, token);
            s.executeUpdate();
        }
    }

    static Optional<PendingResult> one(Connection c, String sql, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new PendingResult(
                        rs.getString(1),
                        rs.getString(2),
                        ResultKindToSign.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getBytes(5),
                        PendingResult.decode(rs.getString(6)),
                        rs.getString(7),
                        rs.getObject(8, OffsetDateTime.class).toInstant(),
                        rs.getObject(9, OffsetDateTime.class).toInstant()));
            }
        }
    }
}

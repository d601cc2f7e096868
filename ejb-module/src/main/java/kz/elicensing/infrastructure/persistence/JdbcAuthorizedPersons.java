package kz.elicensing.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import kz.elicensing.domain.catalog.AuthorizedPerson;
import kz.elicensing.domain.catalog.AuthorizedPersons;

/** The catalog's authorized persons from the {@code authorized_person} table ({@link AuthorizedPersonRows}). */
@ApplicationScoped
public class JdbcAuthorizedPersons implements AuthorizedPersons {

    @Resource(lookup = "java:jboss/datasources/ElicensingDS")
    DataSource dataSource;

    @Override
    public Optional<AuthorizedPerson> validOn(String providerCode, String iin, LocalDate day) {
        if (providerCode == null || iin == null || day == null) {
            return Optional.empty();
        }
        try (Connection c = dataSource.getConnection()) {
            return AuthorizedPersonRows.validOn(c, providerCode, iin, day);
        } catch (SQLException e) {
            throw new IllegalStateException("authorized persons look-up failed", e);
        }
    }

    @Override
    public List<AuthorizedPerson> ofProvider(String providerCode) {
        try (Connection c = dataSource.getConnection()) {
            return AuthorizedPersonRows.ofProvider(c, providerCode);
        } catch (SQLException e) {
            throw new IllegalStateException("authorized persons look-up failed", e);
        }
    }
}

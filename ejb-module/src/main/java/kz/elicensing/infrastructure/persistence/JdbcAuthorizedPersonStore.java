package kz.elicensing.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import javax.sql.DataSource;
import kz.elicensing.domain.catalog.AuthorizedPerson;
import kz.elicensing.domain.catalog.AuthorizedPersonStore;

/** Keeps the authorized persons in {@code authorized_person} ({@link AuthorizedPersonRows}), in the caller's transaction. */
@ApplicationScoped
public class JdbcAuthorizedPersonStore implements AuthorizedPersonStore {

    @Resource(lookup = "java:jboss/datasources/ElicensingDS")
    DataSource dataSource;

    @Override
    public Optional<AuthorizedPerson> find(long id) {
        try (Connection c = dataSource.getConnection()) {
            return AuthorizedPersonRows.find(c, id);
        } catch (SQLException e) {
            throw new IllegalStateException("authorized person look-up failed", e);
        }
    }

    @Override
    public AuthorizedPerson add(AuthorizedPerson person) {
        try (Connection c = dataSource.getConnection()) {
            return AuthorizedPersonRows.insert(c, person);
        } catch (SQLException e) {
            throw new IllegalStateException("authorized person not kept", e);
        }
    }

    @Override
    public void setPeriod(long id, LocalDate validFrom, LocalDate validTo) {
        try (Connection c = dataSource.getConnection()) {
            if (!AuthorizedPersonRows.setPeriod(c, id, validFrom, validTo)) {
                throw new IllegalStateException("no authorized person " + id);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("authorized person's period not kept", e);
        }
    }
}

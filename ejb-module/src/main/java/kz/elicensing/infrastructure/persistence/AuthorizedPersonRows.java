package kz.elicensing.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.elicensing.domain.catalog.AuthorizedPerson;

/** The statements on {@code authorized_person} (V120), on a given connection: the same SQL on H2 and PostgreSQL. */
final class AuthorizedPersonRows {
    static final String COLUMNS = "SELECT id, provider_code, iin, surname, given_name, patronymic, position_ru,"
            + " position_kz, valid_from, valid_to FROM authorized_person";

    private AuthorizedPersonRows() {}

    /** The provider's authorization of this IIN covering {@code day} (both ends included), the latest start first. */
    static Optional<AuthorizedPerson> validOn(Connection c, String providerCode, String iin, LocalDate day)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(COLUMNS
                + " WHERE provider_code = ? AND iin = ? AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?)"
                + " ORDER BY valid_from DESC")) {
            ps.setString(1, providerCode);
            ps.setString(2, iin);
            ps.setObject(3, day);
            ps.setObject(4, day);
            return read(ps).stream().findFirst();
        }
    }

    /** Every authorization of the provider, current and past: by surname, given name, then the start. */
    static List<AuthorizedPerson> ofProvider(Connection c, String providerCode) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                COLUMNS + " WHERE provider_code = ? ORDER BY surname, given_name, iin, valid_from, id")) {
            ps.setString(1, providerCode);
            return read(ps);
        }
    }

    /** The authorization with this id, if any. */
    static Optional<AuthorizedPerson> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(COLUMNS + " WHERE id = ?")) {
            ps.setLong(1, id);
            return read(ps).stream().findFirst();
        }
    }

    /** Inserts the authorization with the next id of {@code authorized_person_seq}; returns it with that id. */
    static AuthorizedPerson insert(Connection c, AuthorizedPerson p) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement("SELECT nextval('authorized_person_seq')");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            id = rs.getLong(1);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO authorized_person (id, provider_code, iin, surname,"
                + " given_name, patronymic, position_ru, position_kz, valid_from, valid_to)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setString(2, p.providerCode());
            ps.setString(3, p.iin());
            ps.setString(4, p.surname());
            ps.setString(5, p.givenName());
            ps.setString(6, p.patronymic());
            ps.setString(7, p.positionRu());
            ps.setString(8, p.positionKz());
            ps.setObject(9, p.validFrom());
            ps.setObject(10, p.validTo(), Types.DATE);
            ps.executeUpdate();
        }
        return new AuthorizedPerson(
                id,
                p.providerCode(),
                p.iin(),
                p.surname(),
                p.givenName(),
                p.patronymic(),
                p.positionRu(),
                p.positionKz(),
                p.validFrom(),
                p.validTo());
    }

    /** Sets the authorization's period; false when no row has this id. */
    static boolean setPeriod(Connection c, long id, LocalDate validFrom, LocalDate validTo) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("UPDATE authorized_person SET valid_from = ?, valid_to = ? WHERE id = ?")) {
            ps.setObject(1, validFrom);
            ps.setObject(2, validTo, Types.DATE);
            ps.setLong(3, id);
            return ps.executeUpdate() == 1;
        }
    }

    private static List<AuthorizedPerson> read(PreparedStatement ps) throws SQLException {
        List<AuthorizedPerson> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new AuthorizedPerson(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3).strip(),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getObject(9, LocalDate.class),
                        rs.getObject(10, LocalDate.class)));
            }
        }
        return out;
    }
}

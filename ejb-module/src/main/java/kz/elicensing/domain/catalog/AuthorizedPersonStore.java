package kz.elicensing.domain.catalog;

import java.time.LocalDate;
import java.util.Optional;

/** Port: keeping the authorized persons (table authorized_person); rows are never deleted, only their periods end. */
public interface AuthorizedPersonStore {

    /** The authorization with this id, if any. */
    Optional<AuthorizedPerson> find(long id);

    /** Keeps a new authorization (its {@code id} ignored) and returns it with the id it got. */
    AuthorizedPerson add(AuthorizedPerson person);

    /** Sets the period of an existing authorization ({@code validTo} null: open-ended). */
    void setPeriod(long id, LocalDate validFrom, LocalDate validTo);
}

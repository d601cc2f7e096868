package kz.elicensing.domain.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Port: the catalog's authorized persons of each licensor (table authorized_person). */
public interface AuthorizedPersons {

    /** The person with this IIN whom the provider authorizes on that day, if any. */
    Optional<AuthorizedPerson> validOn(String providerCode, String iin, LocalDate day);

    /** Every authorization of the provider, current and past, by surname. */
    List<AuthorizedPerson> ofProvider(String providerCode);
}

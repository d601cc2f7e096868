package kz.elicensing.domain.catalog;

import java.time.LocalDate;
import java.util.Objects;

/** A person a licensor authorizes to sign its results with their own key, for a period (catalog, issue 15). */
public record AuthorizedPerson(
        long id,
        String providerCode,
        String iin,
        String surname,
        String givenName,
        String patronymic,
        String positionRu,
        String positionKz,
        LocalDate validFrom,
        LocalDate validTo) {

    public AuthorizedPerson {
        Objects.requireNonNull(providerCode, "providerCode");
        Objects.requireNonNull(iin, "iin");
        Objects.requireNonNull(validFrom, "validFrom");
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("validTo before validFrom");
        }
    }

    /** Whether the authorization covers the given day (Asia/Almaty calendar day), both ends included. */
    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /** Surname, given name and patronymic, as the certificate and the printout write them. */
    public String fullName() {
        return patronymic == null || patronymic.isBlank()
                ? surname + " " + givenName
                : surname + " " + givenName + " " + patronymic;
    }
}

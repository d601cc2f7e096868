package kz.elicensing.application.admin;

import java.time.LocalDate;
import java.util.List;

/**
 * The administrator's catalog of the persons each licensor authorizes to sign its results (issue 15): list a
 * provider's authorizations, current and past; add one; end one; change its period. Nothing is deleted, so a result
 * signed earlier still names its signer. Every change is recorded in the change log (area AUTHORIZED_PERSON) with the
 * administrator's login ({@code actor}).
 */
public interface AuthorizedPersonAdministration {

    /** An authorization as listed; {@code current}: valid today (Asia/Almaty). */
    record PersonRow(
            long id,
            String providerCode,
            String iin,
            String surname,
            String givenName,
            String patronymic,
            String fullName,
            String positionRu,
            String positionKz,
            LocalDate validFrom,
            LocalDate validTo,
            boolean current) {}

    /** What an administrator enters for a new authorization ({@code validTo} null: until ended). */
    record NewPerson(
            String providerCode,
            String iin,
            String surname,
            String givenName,
            String patronymic,
            String positionRu,
            String positionKz,
            LocalDate validFrom,
            LocalDate validTo) {}

    /** Every authorization of the provider, current and past, by surname (PROVIDER_UNKNOWN for no such provider). */
    List<PersonRow> ofProvider(String providerCode);

    /**
     * Adds an authorization. Refuses an unknown provider (PROVIDER_UNKNOWN), an IIN without its check digit
     * (AUTHORIZED_PERSON_IIN_INVALID), a missing name or position (AUTHORIZED_PERSON_FIELDS_INVALID), no start or an
     * end before the start (AUTHORIZED_PERSON_PERIOD_INVALID), a period overlapping another of the same person at the
     * same provider (AUTHORIZED_PERSON_PERIOD_OVERLAPS).
     */
    PersonRow add(String actor, NewPerson person);

    /**
     * Ends the authorization on {@code lastDay} (null: today), its last valid day. Refuses an unknown id
     * (AUTHORIZED_PERSON_UNKNOWN), a last day before the start (AUTHORIZED_PERSON_PERIOD_INVALID), an authorization
     * ended already on an earlier day (AUTHORIZED_PERSON_ENDED).
     */
    PersonRow end(String actor, long id, LocalDate lastDay);

    /** Changes the period (same refusals as {@link #add} for the period; AUTHORIZED_PERSON_UNKNOWN for no such id). */
    PersonRow changePeriod(String actor, long id, LocalDate validFrom, LocalDate validTo);
}

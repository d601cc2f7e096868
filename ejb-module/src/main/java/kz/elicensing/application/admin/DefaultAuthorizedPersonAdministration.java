package kz.elicensing.application.admin;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import kz.elicensing.application.audit.AdminArea;
import kz.elicensing.application.audit.AdminChangeLog;
import kz.elicensing.domain.catalog.AuthorizedPerson;
import kz.elicensing.domain.catalog.AuthorizedPersonStore;
import kz.elicensing.domain.catalog.AuthorizedPersons;
import kz.elicensing.domain.catalog.Catalog;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.party.IdentificationNumber;
import kz.elicensing.domain.workflow.DeadlinePolicy;

/** The authorized persons' commands: checked here, kept through {@link AuthorizedPersonStore}, logged in one transaction. */
@Stateless
public class DefaultAuthorizedPersonAdministration implements AuthorizedPersonAdministration {
    private static final int NAME_MAX = 100;
    private static final int POSITION_MAX = 300;

    @Inject
    AuthorizedPersons persons;

    @Inject
    AuthorizedPersonStore store;

    @Inject
    Catalog catalog;

    @Inject
    AdminChangeLog changes;

    @Inject
    Clock clock;

    @Override
    public List<PersonRow> ofProvider(String providerCode) {
        String provider = knownProvider(providerCode);
        LocalDate today = DeadlinePolicy.today(clock);
        return persons.ofProvider(provider).stream().map(p -> row(p, today)).toList();
    }

    @Override
    public PersonRow add(String actor, NewPerson in) {
        String provider = knownProvider(in.providerCode());
        String iin = in.iin() == null ? "" : in.iin().strip();
        if (!IdentificationNumber.hasValidCheckDigit(iin)) {
            throw new ElicensingException(ErrorCode.AUTHORIZED_PERSON_IIN_INVALID, "not a valid IIN: " + iin, iin);
        }
        String surname = required(in.surname(), NAME_MAX, "surname");
        String givenName = required(in.givenName(), NAME_MAX, "givenName");
        String patronymic = optional(in.patronymic(), NAME_MAX, "patronymic");
        String positionRu = required(in.positionRu(), POSITION_MAX, "positionRu");
        String positionKz = required(in.positionKz(), POSITION_MAX, "positionKz");
        checkPeriod(in.validFrom(), in.validTo());
        checkNoOverlap(provider, iin, -1, in.validFrom(), in.validTo());
        AuthorizedPerson added = store.add(new AuthorizedPerson(
                0,
                provider,
                iin,
                surname,
                givenName,
                patronymic,
                positionRu,
                positionKz,
                in.validFrom(),
                in.validTo()));
        changes.record(actor, AdminArea.AUTHORIZED_PERSON, subject(added), "ADD", describe(added));
        return row(added, DeadlinePolicy.today(clock));
    }

    @Override
    public PersonRow end(String actor, long id, LocalDate lastDay) {
        AuthorizedPerson before = existing(id);
        LocalDate last = lastDay == null ? DeadlinePolicy.today(clock) : lastDay;
        if (before.validTo() != null && before.validTo().isBefore(last)) {
            throw new ElicensingException(
                    ErrorCode.AUTHORIZED_PERSON_ENDED,
                    "authorization " + id + " ended on " + before.validTo(),
                    before.validTo().toString());
        }
        checkPeriod(before.validFrom(), last);
        AuthorizedPerson after = withPeriod(before, before.validFrom(), last);
        store.setPeriod(id, after.validFrom(), after.validTo());
        changes.record(
                actor, AdminArea.AUTHORIZED_PERSON, subject(after), "END", describe(before) + " -> " + period(after));
        return row(after, DeadlinePolicy.today(clock));
    }

    @Override
    public PersonRow changePeriod(String actor, long id, LocalDate validFrom, LocalDate validTo) {
        AuthorizedPerson before = existing(id);
        checkPeriod(validFrom, validTo);
        checkNoOverlap(before.providerCode(), before.iin(), id, validFrom, validTo);
        AuthorizedPerson after = withPeriod(before, validFrom, validTo);
        store.setPeriod(id, validFrom, validTo);
        changes.record(
                actor,
                AdminArea.AUTHORIZED_PERSON,
                subject(after),
                "CHANGE_PERIOD",
                describe(before) + " -> " + period(after));
        return row(after, DeadlinePolicy.today(clock));
    }

    private String knownProvider(String providerCode) {
        String code = providerCode == null ? "" : providerCode.strip();
        if (code.isEmpty() || catalog.providerByCode(code).isEmpty()) {
            throw new ElicensingException(ErrorCode.PROVIDER_UNKNOWN, "no provider " + code, code);
        }
        return code;
    }

    private AuthorizedPerson existing(long id) {
        return store.find(id)
                .orElseThrow(() -> new ElicensingException(
                        ErrorCode.AUTHORIZED_PERSON_UNKNOWN, "no authorization " + id, String.valueOf(id)));
    }

    private static void checkPeriod(LocalDate validFrom, LocalDate validTo) {
        if (validFrom == null) {
            throw new ElicensingException(ErrorCode.AUTHORIZED_PERSON_PERIOD_INVALID, "no start", "-", "-");
        }
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new ElicensingException(
                    ErrorCode.AUTHORIZED_PERSON_PERIOD_INVALID,
                    "end " + validTo + " before start " + validFrom,
                    validFrom.toString(),
                    validTo.toString());
        }
    }

    /** Two periods of one person at one provider may not share a day (ends included; no end: open). */
    private void checkNoOverlap(String provider, String iin, long self, LocalDate validFrom, LocalDate validTo) {
        for (AuthorizedPerson other : persons.ofProvider(provider)) {
            if (other.id() == self || !other.iin().equals(iin)) {
                continue;
            }
            boolean startsBeforeOtherEnds = other.validTo() == null || !validFrom.isAfter(other.validTo());
            boolean endsAfterOtherStarts = validTo == null || !validTo.isBefore(other.validFrom());
            if (startsBeforeOtherEnds && endsAfterOtherStarts) {
                throw new ElicensingException(
                        ErrorCode.AUTHORIZED_PERSON_PERIOD_OVERLAPS,
                        "overlaps authorization " + other.id(),
                        iin,
                        other.validFrom().toString(),
                        other.validTo() == null ? "…" : other.validTo().toString());
            }
        }
    }

    private static String required(String value, int max, String field) {
        String v = optional(value, max, field);
        if (v == null) {
            throw new ElicensingException(ErrorCode.AUTHORIZED_PERSON_FIELDS_INVALID, field + " is required", field);
        }
        return v;
    }

    private static String optional(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new ElicensingException(
                    ErrorCode.AUTHORIZED_PERSON_FIELDS_INVALID, field + " longer than " + max, field);
        }
        return v;
    }

    private static AuthorizedPerson withPeriod(AuthorizedPerson p, LocalDate validFrom, LocalDate validTo) {
        return new AuthorizedPerson(
                p.id(),
                p.providerCode(),
                p.iin(),
                p.surname(),
                p.givenName(),
                p.patronymic(),
                p.positionRu(),
                p.positionKz(),
                validFrom,
                validTo);
    }

    private static PersonRow row(AuthorizedPerson p, LocalDate today) {
        return new PersonRow(
                p.id(),
                p.providerCode(),
                p.iin(),
                p.surname(),
                p.givenName(),
                p.patronymic(),
                p.fullName(),
                p.positionRu(),
                p.positionKz(),
                p.validFrom(),
                p.validTo(),
                p.validOn(today));
    }

    /** The change log's subject: the provider and the person's IIN. */
    static String subject(AuthorizedPerson p) {
        return p.providerCode() + "/" + p.iin();
    }

    private static String describe(AuthorizedPerson p) {
        return "id=" + p.id() + ", name=" + p.fullName() + ", position=" + p.positionRu() + ", " + period(p);
    }

    private static String period(AuthorizedPerson p) {
        return "valid " + p.validFrom() + ".." + (p.validTo() == null ? "" : p.validTo());
    }
}

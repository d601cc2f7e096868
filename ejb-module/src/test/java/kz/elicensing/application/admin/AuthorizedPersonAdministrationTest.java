package kz.elicensing.application.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import kz.elicensing.application.admin.AuthorizedPersonAdministration.NewPerson;
import kz.elicensing.application.admin.AuthorizedPersonAdministration.PersonRow;
import kz.elicensing.application.audit.AdminArea;
import kz.elicensing.application.audit.AdminChange;
import kz.elicensing.application.audit.AdminChangeLog;
import kz.elicensing.domain.catalog.AuthorizedPerson;
import kz.elicensing.domain.catalog.AuthorizedPersonStore;
import kz.elicensing.domain.catalog.AuthorizedPersons;
import kz.elicensing.domain.catalog.Catalog;
import kz.elicensing.domain.catalog.Provider;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The authorized persons' commands: what is kept, what is refused with which code, and that each change is logged. */
class AuthorizedPersonAdministrationTest {
    private static final String IIN = "871214400161";
    private static final String OTHER_IIN = "710117305927";
    /** 5 Dec 2026, 01:30 in Almaty: still 4 Dec in UTC. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T19:30:00Z"), ZoneId.of("Asia/Almaty"));

    private final Map<Long, AuthorizedPerson> rows = new TreeMap<>();
    private final List<String> log = new ArrayList<>();
    private DefaultAuthorizedPersonAdministration admin;
    private long nextId = 1000;

    @BeforeEach
    void setUp() {
        admin = new DefaultAuthorizedPersonAdministration();
        admin.persons = new AuthorizedPersons() {
            @Override
            public Optional<AuthorizedPerson> validOn(String providerCode, String iin, LocalDate day) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<AuthorizedPerson> ofProvider(String providerCode) {
                return rows.values().stream()
                        .filter(p -> p.providerCode().equals(providerCode))
                        .sorted(Comparator.comparing(AuthorizedPerson::surname)
                                .thenComparing(AuthorizedPerson::validFrom))
                        .toList();
            }
        };
        admin.store = new AuthorizedPersonStore() {
            @Override
            public Optional<AuthorizedPerson> find(long id) {
                return Optional.ofNullable(rows.get(id));
            }

            @Override
            public AuthorizedPerson add(AuthorizedPerson p) {
                AuthorizedPerson kept = new AuthorizedPerson(
                        nextId++,
                        p.providerCode(),
                        p.iin(),
                        p.surname(),
                        p.givenName(),
                        p.patronymic(),
                        p.positionRu(),
                        p.positionKz(),
                        p.validFrom(),
                        p.validTo());
                rows.put(kept.id(), kept);
                return kept;
            }

            @Override
            public void setPeriod(long id, LocalDate validFrom, LocalDate validTo) {
                AuthorizedPerson p = rows.get(id);
                rows.put(
                        id,
                        new AuthorizedPerson(
                                id,
                                p.providerCode(),
                                p.iin(),
                                p.surname(),
                                p.givenName(),
                                p.patronymic(),
                                p.positionRu(),
                                p.positionKz(),
                                validFrom,
                                validTo));
            }
        };
        Provider almaty = new Provider("DP_ALMATY", "120340000054", "ДП Алматы", "Алматы ПД");
        admin.catalog = (Catalog) Proxy.newProxyInstance(
                Catalog.class.getClassLoader(),
                new Class<?>[] {Catalog.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "providers" -> List.of(almaty);
                    case "providerByCode" -> "DP_ALMATY".equals(args[0]) ? Optional.of(almaty) : Optional.empty();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        admin.changes = new AdminChangeLog() {
            @Override
            public void record(String actor, AdminArea area, String subject, String action, String detail) {
                log.add(actor + " " + area + " " + subject + " " + action + " " + detail);
            }

            @Override
            public List<AdminChange> recent(AdminArea area, String subject, int limit) {
                return List.of();
            }
        };
        admin.clock = CLOCK;
    }

    private static NewPerson person(String iin, LocalDate from, LocalDate to) {
        return new NewPerson(
                " DP_ALMATY ",
                " " + iin + " ",
                " ӘБІЛҚАСЫМОВА ",
                "ҮМІТ",
                " ",
                "Заместитель начальника департамента",
                "Департамент бастығының орынбасары",
                from,
                to);
    }

    @Test
    void anAddedPersonIsKeptTrimmedListedAsCurrentAndLogged() {
        PersonRow added = admin.add("admin", person(IIN, LocalDate.of(2026, 12, 5), null));
        assertEquals(1000, added.id());
        assertEquals("DP_ALMATY", added.providerCode());
        assertEquals(IIN, added.iin());
        assertEquals("ӘБІЛҚАСЫМОВА ҮМІТ", added.fullName());
        assertNull(added.patronymic(), "a blank patronymic is none");
        assertTrue(added.current(), "valid from today, Almaty's day (UTC's is still the 4th)");
        assertEquals(List.of(added), admin.ofProvider("DP_ALMATY"));
        assertEquals(1, log.size());
        assertTrue(
                log.get(0)
                        .startsWith(
                                "admin AUTHORIZED_PERSON DP_ALMATY/" + IIN + " ADD id=1000, name=ӘБІЛҚАСЫМОВА ҮМІТ"),
                log.get(0));
    }

    @Test
    void endingSetsTheLastDayKeepsTheRowAndIsLogged() {
        long id =
                admin.add("admin", person(IIN, LocalDate.of(2025, 1, 1), null)).id();
        PersonRow ended = admin.end("admin", id, null);
        assertEquals(LocalDate.of(2026, 12, 5), ended.validTo(), "today by default");
        assertTrue(ended.current(), "the last day is included");
        PersonRow earlier = admin.end("admin", id, LocalDate.of(2026, 6, 30));
        assertEquals(LocalDate.of(2026, 6, 30), earlier.validTo());
        assertFalse(earlier.current());
        assertEquals(1, admin.ofProvider("DP_ALMATY").size(), "never deleted");
        assertEquals(LocalDate.of(2026, 6, 30), rows.get(id).validTo());
        assertTrue(log.get(2).contains(" END ") && log.get(2).endsWith("-> valid 2025-01-01..2026-06-30"), log.get(2));
        assertCode(ErrorCode.AUTHORIZED_PERSON_ENDED, () -> admin.end("admin", id, LocalDate.of(2026, 7, 1)));
        assertCode(
                ErrorCode.AUTHORIZED_PERSON_PERIOD_INVALID, () -> admin.end("admin", id, LocalDate.of(2024, 12, 31)));
        assertCode(ErrorCode.AUTHORIZED_PERSON_UNKNOWN, () -> admin.end("admin", 4711, null));
        assertEquals(3, log.size(), "refusals are not logged");
    }

    @Test
    void aPeriodMayChangeButNotOverlapAnotherOfTheSamePerson() {
        long first = admin.add("admin", person(IIN, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)))
                .id();
        long second =
                admin.add("admin", person(IIN, LocalDate.of(2026, 1, 1), null)).id();
        admin.add("admin", person(OTHER_IIN, LocalDate.of(2025, 6, 1), null)); // another person may share the days
        PersonRow changed = admin.changePeriod("admin", first, LocalDate.of(2024, 7, 1), LocalDate.of(2025, 11, 30));
        assertEquals(LocalDate.of(2024, 7, 1), changed.validFrom());
        assertEquals(LocalDate.of(2025, 11, 30), rows.get(first).validTo());
        assertTrue(log.get(3).contains(" CHANGE_PERIOD "), log.get(3));
        assertCode(
                ErrorCode.AUTHORIZED_PERSON_PERIOD_OVERLAPS,
                () -> admin.changePeriod("admin", first, LocalDate.of(2024, 7, 1), LocalDate.of(2026, 1, 1)));
        assertCode(
                ErrorCode.AUTHORIZED_PERSON_PERIOD_OVERLAPS,
                () -> admin.changePeriod("admin", first, LocalDate.of(2024, 7, 1), null));
        assertCode(
                ErrorCode.AUTHORIZED_PERSON_PERIOD_OVERLAPS,
                () -> admin.add("admin", person(IIN, LocalDate.of(2025, 11, 30), LocalDate.of(2025, 11, 30))));
        assertCode(
                ErrorCode.AUTHORIZED_PERSON_PERIOD_OVERLAPS,
                () -> admin.add("admin", person(IIN, LocalDate.of(2030, 1, 1), null)));
        assertEquals(
                LocalDate.of(2025, 12, 1),
                admin.add("admin", person(IIN, LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 31)))
                        .validFrom(),
                "the gap between two periods is free");
        assertEquals(LocalDate.of(2026, 1, 1), rows.get(second).validFrom(), "the other period untouched");
    }

    @Test
    void refusalsCarryTheirCodesAndKeepNothing() {
        LocalDate day = LocalDate.of(2026, 1, 1);
        assertCode(
                ErrorCode.AUTHORIZED_PERSON_IIN_INVALID, () -> admin.add("admin", person("871214400162", day, null)));
        assertCode(ErrorCode.AUTHORIZED_PERSON_IIN_INVALID, () -> admin.add("admin", person("87121440016", day, null)));
        assertCode(ErrorCode.AUTHORIZED_PERSON_IIN_INVALID, () -> admin.add("admin", person("", day, null)));
        assertCode(
                ErrorCode.PROVIDER_UNKNOWN,
                () -> admin.add("admin", new NewPerson("DP_NOWHERE", IIN, "А", "Б", null, "Р", "К", day, null)));
        assertCode(ErrorCode.PROVIDER_UNKNOWN, () -> admin.ofProvider("DP_NOWHERE"));
        assertCode(ErrorCode.PROVIDER_UNKNOWN, () -> admin.ofProvider(null));
        assertCode(
                ErrorCode.AUTHORIZED_PERSON_FIELDS_INVALID,
                () -> admin.add("admin", new NewPerson("DP_ALMATY", IIN, " ", "Б", null, "Р", "К", day, null)));
        assertCode(
                ErrorCode.AUTHORIZED_PERSON_FIELDS_INVALID,
                () -> admin.add("admin", new NewPerson("DP_ALMATY", IIN, "А", "Б", null, "Р", null, day, null)));
        assertCode(
                ErrorCode.AUTHORIZED_PERSON_FIELDS_INVALID,
                () -> admin.add(
                        "admin", new NewPerson("DP_ALMATY", IIN, "А".repeat(101), "Б", null, "Р", "К", day, null)));
        assertCode(
                ErrorCode.AUTHORIZED_PERSON_PERIOD_INVALID,
                () -> admin.add("admin", person(IIN, day, day.minusDays(1))));
        assertCode(ErrorCode.AUTHORIZED_PERSON_PERIOD_INVALID, () -> admin.add("admin", person(IIN, null, null)));
        assertCode(ErrorCode.AUTHORIZED_PERSON_UNKNOWN, () -> admin.changePeriod("admin", 4711, day, null));
        assertTrue(rows.isEmpty());
        assertTrue(log.isEmpty());
        PersonRow oneDay = admin.add("admin", person(IIN, day, day));
        assertEquals(day, oneDay.validTo(), "a period of one day is a period");
    }

    private static void assertCode(ErrorCode expected, Executable call) {
        assertEquals(expected, assertThrows(ElicensingException.class, call).code());
    }
}

package kz.elicensing.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import kz.elicensing.domain.catalog.AuthorizedPerson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The authorized persons' look-ups on the migrated table: who is valid on a day, ends included; a provider's list. */
class AuthorizedPersonRowsTest {
    private static final String IIN = "871214400161";

    static List<String> databases() {
        return TestDatabase.kinds();
    }

    private static void rows(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO provider (code, bin, name_ru, name_kz) VALUES ('DP_OTHER', '010340000606',"
                    + " 'Департамент полиции области Абай', 'Абай облысының Полиция департаменті')");
            s.execute("INSERT INTO authorized_person (id, provider_code, iin, surname, given_name, patronymic,"
                    + " position_ru, position_kz, valid_from, valid_to) VALUES"
                    + " (1, 'DP_ALMATY', '" + IIN + "', 'БЕКОВА', 'ҮМІТ', 'НҰРЛАНҚЫЗЫ',"
                    + " 'Заместитель начальника департамента', 'Департамент бастығының орынбасары',"
                    + " DATE '2025-01-01', DATE '2025-12-31'),"
                    + " (2, 'DP_ALMATY', '" + IIN + "', 'БЕКОВА', 'ҮМІТ', 'НҰРЛАНҚЫЗЫ',"
                    + " 'Начальник департамента', 'Департамент бастығы', DATE '2026-02-01', NULL),"
                    + " (3, 'DP_ALMATY', '710117305927', 'ЖАҚСЫЛЫҚОВ', 'ДӘУРЕН', NULL,"
                    + " 'Начальник управления', 'Басқарма бастығы', DATE '2026-01-01', NULL),"
                    + " (4, 'DP_OTHER', '700401409006', 'ТОҚТАРОВА', 'ГҮЛНАР', 'ӘМІРҚЫЗЫ',"
                    + " 'Начальник департамента', 'Департамент бастығы', DATE '2025-01-01', NULL)");
        }
        c.commit();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aPersonIsValidFromTheFirstToTheLastDayOfTheirPeriod(String kind) throws SQLException {
        try (TestDatabase db = TestDatabase.create(kind);
                Connection c = db.connect()) {
            rows(c);
            assertTrue(AuthorizedPersonRows.validOn(c, "DP_ALMATY", IIN, LocalDate.of(2024, 12, 31))
                    .isEmpty());
            assertEquals(
                    1,
                    AuthorizedPersonRows.validOn(c, "DP_ALMATY", IIN, LocalDate.of(2025, 1, 1))
                            .orElseThrow()
                            .id());
            assertEquals(
                    1,
                    AuthorizedPersonRows.validOn(c, "DP_ALMATY", IIN, LocalDate.of(2025, 12, 31))
                            .orElseThrow()
                            .id());
            assertTrue(
                    AuthorizedPersonRows.validOn(c, "DP_ALMATY", IIN, LocalDate.of(2026, 1, 15))
                            .isEmpty(),
                    "between the two periods");
            AuthorizedPerson now = AuthorizedPersonRows.validOn(c, "DP_ALMATY", IIN, LocalDate.of(2026, 12, 5))
                    .orElseThrow();
            assertEquals(2, now.id());
            assertEquals("Начальник департамента", now.positionRu());
            assertEquals("Департамент бастығы", now.positionKz());
            assertEquals("БЕКОВА ҮМІТ НҰРЛАНҚЫЗЫ", now.fullName());
            assertEquals(IIN, now.iin());
            assertNull(now.validTo());
            assertTrue(
                    AuthorizedPersonRows.validOn(c, "DP_OTHER", IIN, LocalDate.of(2026, 12, 5))
                            .isEmpty(),
                    "not another provider's person");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aProvidersListHoldsCurrentAndPastAuthorizationsBySurname(String kind) throws SQLException {
        try (TestDatabase db = TestDatabase.create(kind);
                Connection c = db.connect()) {
            rows(c);
            List<AuthorizedPerson> almaty = AuthorizedPersonRows.ofProvider(c, "DP_ALMATY");
            assertEquals(
                    List.of(1L, 2L, 3L),
                    almaty.stream().map(AuthorizedPerson::id).toList());
            assertEquals(LocalDate.of(2025, 12, 31), almaty.get(0).validTo());
            assertEquals(LocalDate.of(2026, 1, 1), almaty.get(2).validFrom());
            assertNull(almaty.get(2).patronymic());
            assertEquals("ЖАҚСЫЛЫҚОВ ДӘУРЕН", almaty.get(2).fullName());
            assertEquals(
                    List.of(4L),
                    AuthorizedPersonRows.ofProvider(c, "DP_OTHER").stream()
                            .map(AuthorizedPerson::id)
                            .toList());
            assertTrue(AuthorizedPersonRows.ofProvider(c, "DP_NONE").isEmpty());
            assertEquals(2, AuthorizedPersonRows.find(c, 2).orElseThrow().id());
            assertTrue(AuthorizedPersonRows.find(c, 99).isEmpty());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aNewAuthorizationGetsTheSequencesIdAndItsPeriodChanges(String kind) throws SQLException {
        try (TestDatabase db = TestDatabase.create(kind);
                Connection c = db.connect()) {
            rows(c);
            AuthorizedPerson kept = AuthorizedPersonRows.insert(
                    c,
                    new AuthorizedPerson(
                            0,
                            "DP_ALMATY",
                            "900615393329",
                            "ТӨРЕХАНОВ",
                            "АСҚАР",
                            null,
                            "Начальник управления",
                            "Басқарма бастығы",
                            LocalDate.of(2026, 12, 5),
                            null));
            c.commit();
            assertEquals(1000, kept.id(), "authorized_person_seq starts above the demo rows");
            assertEquals(kept, AuthorizedPersonRows.find(c, 1000).orElseThrow());
            assertTrue(AuthorizedPersonRows.setPeriod(c, 1000, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 4)));
            assertFalse(AuthorizedPersonRows.setPeriod(c, 4711, LocalDate.of(2026, 12, 1), null));
            c.commit();
            AuthorizedPerson ended = AuthorizedPersonRows.find(c, 1000).orElseThrow();
            assertEquals(LocalDate.of(2026, 12, 1), ended.validFrom());
            assertEquals(LocalDate.of(2026, 12, 4), ended.validTo());
            assertTrue(AuthorizedPersonRows.validOn(c, "DP_ALMATY", "900615393329", LocalDate.of(2026, 12, 5))
                    .isEmpty());
            assertTrue(AuthorizedPersonRows.setPeriod(c, 1000, LocalDate.of(2026, 12, 1), null));
            assertNull(AuthorizedPersonRows.find(c, 1000).orElseThrow().validTo(), "open-ended again");
        }
    }
}

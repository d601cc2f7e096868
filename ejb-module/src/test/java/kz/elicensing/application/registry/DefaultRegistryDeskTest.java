package kz.elicensing.application.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.elicensing.domain.catalog.ActivitySubtype;
import kz.elicensing.domain.catalog.Catalog;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.officer.Officer;
import kz.elicensing.domain.officer.OfficerDirectory;
import org.junit.jupiter.api.Test;

/**
 * The registry's card tells who may change a license (the head of its own licensor only, the actions its status allows)
 * and names its subtypes; the search limits a page and, when asked, to the officer's own licensor.
 */
class DefaultRegistryDeskTest {
    private final DefaultLicenseRegistryDecisionTest registryFixture = new DefaultLicenseRegistryDecisionTest();
    private final DefaultRegistryDesk desk = new DefaultRegistryDesk();
    private final List<String> searched = new ArrayList<>();
    private int matches = 7;
    private final String number = registryFixture.license.number();

    DefaultRegistryDeskTest() {
        Map<String, Officer> people = Map.of(
                "head1", new Officer("head1", "Бас", "DP_ALMATY", "head"),
                "officer1", new Officer("officer1", "Қызметкер", "DP_ALMATY", "officer"),
                "head9", new Officer("head9", "Басқа бас", "MOJ_ENFORCEMENT", "head"));
        desk.officers = new OfficerDirectory() {
            @Override
            public Optional<String> providerOf(String username) {
                return officer(username).map(Officer::providerCode);
            }

            @Override
            public Optional<Officer> officer(String username) {
                return Optional.ofNullable(people.get(username));
            }
        };
        desk.registry = registryFixture.registry;
        desk.licenses = registryFixture.registry.licenses;
        desk.catalog = (Catalog) Proxy.newProxyInstance(
                Catalog.class.getClassLoader(),
                new Class<?>[] {Catalog.class},
                (proxy, m, args) -> switch (m.getName()) {
                    case "activitySubtypes" -> List.of(new ActivitySubtype("GUARD", "Охрана", "Күзет"));
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        desk.store = new LicenseSearchStore() {
            @Override
            public int count(LicenseFilter filter, int cap) {
                searched.add("count " + filter.providerCode() + " up to " + cap);
                return Math.min(matches, cap + 1);
            }

            @Override
            public List<LicenseRow> page(LicenseFilter filter, int first, int size) {
                searched.add("page " + filter.providerCode() + " " + first + " " + size);
                return List.of();
            }
        };
    }

    @Test
    void theHeadOfTheLicensorMayChangeItAsItsStatusAllows() {
        LicenseCard card = desk.card(" " + number + " ", "head1");
        assertTrue(card.mayChange());
        assertEquals(List.of("SUSPEND", "TERMINATE"), card.actions());
        assertTrue(card.objectsChangeable());
        assertEquals(List.of("OFFICER", "COURT", "AUTHORITY"), card.bases());
        assertEquals(List.of(new RegistryChoice("GUARD", "Охрана", "Күзет")), card.subtypes());
    }

    @Test
    void anOfficerAndAnotherLicensorsHeadOnlySeeIt() {
        for (String who : List.of("officer1", "head9")) {
            LicenseCard card = desk.card(number, who);
            assertFalse(card.mayChange(), who);
            assertTrue(card.actions().isEmpty(), who);
            assertFalse(card.objectsChangeable(), who);
            assertEquals(number, card.license().number());
        }
    }

    @Test
    void theSearchIsLimitedToAPageAndWhenAskedToTheOwnLicensor() {
        LicensePage page = desk.search("officer1", LicenseFilter.any(), true, -5, 10_000);
        assertEquals(7, page.total());
        assertTrue(page.totalExact());
        assertEquals(List.of("count DP_ALMATY up to 10000", "page DP_ALMATY 0 100"), searched);
        searched.clear();
        desk.search("officer1", LicenseFilter.any(), false, 20, 20);
        assertEquals(List.of("count null up to 10000", "page null 20 20"), searched);
    }

    @Test
    void aSearchMatchingMoreThanTheCapCountsOnlyUpToItAndSaysAtLeast() {
        matches = 310_702;
        LicensePage page = desk.search("officer1", LicenseFilter.any(), false, 0, 20);
        assertEquals(RegistryDesk.COUNT_CAP, page.total());
        assertFalse(page.totalExact(), "at least");
        assertEquals(
                RegistryDesk.COUNT_CAP + 1, desk.count("officer1", LicenseFilter.any(), false), "cap and one more");
    }

    @Test
    void someoneWhoIsNotAnOfficerIsRefused() {
        ElicensingException e = assertThrows(ElicensingException.class, () -> desk.card(number, "stranger"));
        assertEquals(ErrorCode.OFFICER_NOT_ALLOWED, e.code());
        ElicensingException unknown =
                assertThrows(ElicensingException.class, () -> desk.card("KZ00LAA00000000", "head1"));
        assertEquals(ErrorCode.LICENSE_NOT_FOUND, unknown.code());
    }
}

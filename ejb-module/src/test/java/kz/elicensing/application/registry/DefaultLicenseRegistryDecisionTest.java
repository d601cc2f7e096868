package kz.elicensing.application.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.elicensing.application.sender.SenderKind;
import kz.elicensing.application.sender.SenderScope;
import kz.elicensing.domain.application.ActivityObject;
import kz.elicensing.domain.catalog.Catalog;
import kz.elicensing.domain.catalog.LicenseService;
import kz.elicensing.domain.catalog.Provider;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.licence.DecisionBasis;
import kz.elicensing.domain.licence.License;
import kz.elicensing.domain.licence.LicenseAction;
import kz.elicensing.domain.licence.LicenseChange;
import kz.elicensing.domain.licence.LicenseNumber;
import kz.elicensing.domain.licence.LicenseRepository;
import kz.elicensing.domain.licence.LicenseStatus;
import kz.elicensing.domain.party.ApplicantKind;
import org.junit.jupiter.api.Test;

/** A decision by message changes a license only when its system is bound to the licensor or is a court's/authority's. */
class DefaultLicenseRegistryDecisionTest {
    static final Instant T0 = Instant.parse("2026-11-02T05:00:00Z");
    final Map<String, License> stored = new HashMap<>();
    final DefaultLicenseRegistry registry = new DefaultLicenseRegistry();
    final License license;

    DefaultLicenseRegistryDecisionTest() {
        Provider dp = new Provider("DP_ALMATY", "120340000054", "ДП г. Алматы", "Алматы ҚПД");
        LicenseService security = new LicenseService(
                "SECURITY_ACTIVITY",
                "Охранная деятельность",
                "Күзет қызметі",
                dp,
                ApplicantKind.LEGAL_ENTITY,
                true,
                new BigDecimal("19660.00"),
                15,
                "LAA");
        registry.catalog = (Catalog) Proxy.newProxyInstance(
                Catalog.class.getClassLoader(),
                new Class<?>[] {Catalog.class},
                (proxy, m, args) -> switch (m.getName()) {
                    case "service" -> Optional.of(security);
                    case "providerByCode" -> Optional.of(dp);
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        registry.licenses = new LicenseRepository() {
            @Override
            public void add(License l) {
                stored.put(l.number(), l);
            }

            @Override
            public Optional<License> byNumber(String number) {
                return Optional.ofNullable(stored.get(number));
            }

            @Override
            public long nextNumberSequence() {
                return stored.size() + 1L;
            }
        };
        registry.clock = Clock.fixed(T0.plusSeconds(3600), ZoneOffset.UTC);
        license = new License(
                LicenseNumber.of("LAA", 1),
                "EL-2026-00000001",
                "SECURITY_ACTIVITY",
                "DP_ALMATY",
                "150140000012",
                "ТОО",
                T0);
        license.cover(List.of("GUARD"), List.of(new ActivityObject("Алматы, Абай даңғылы, 1", "офис")), T0);
        stored.put(license.number(), license);
    }

    static LicenseChange decision(String sender) {
        return new LicenseChange(
                T0.plusSeconds(60),
                DecisionBasis.COURT,
                sender,
                "Решение суда",
                "2-1/2026",
                LocalDate.of(2026, 11, 1),
                "Медеуский районный суд г. Алматы");
    }

    @Test
    void anUnboundOrAnotherLicensorsSystemIsRefusedAndTheLicenseIsUnchanged() {
        for (SenderScope sender : List.of(
                SenderScope.unbound("PORTAL"),
                new SenderScope("OFFICE_AGRI", SenderKind.SYSTEM, Set.of("AGRI_ALMATY_REGION")))) {
            ElicensingException refused = assertThrows(
                    ElicensingException.class,
                    () -> registry.changeByDecision(
                            license.number(), LicenseAction.SUSPEND, decision(sender.senderId()), sender));
            assertEquals(ErrorCode.OPERATION_NOT_ALLOWED, refused.code());
            assertEquals(
                    ErrorCode.OPERATION_NOT_ALLOWED,
                    assertThrows(
                                    ElicensingException.class,
                                    () -> registry.addObjectByDecision(
                                            license.number(), "Алматы, Сәтбаев к., 22", null, decision("X"), sender))
                            .code());
            assertEquals(
                    ErrorCode.OPERATION_NOT_ALLOWED,
                    assertThrows(
                                    ElicensingException.class,
                                    () -> registry.removeObjectByDecision(license.number(), 1, decision("X"), sender))
                            .code());
        }
        assertEquals(LicenseStatus.ISSUED, license.status());
        assertEquals(1, license.history().size(), "only the issue");
    }

    @Test
    void theLicensorsSystemAndACourtsSystemDecide() {
        SenderScope office = new SenderScope("OFFICE_DP", SenderKind.SYSTEM, Set.of("DP_ALMATY"));
        assertEquals(
                "SUSPENDED",
                registry.changeByDecision(license.number(), LicenseAction.SUSPEND, decision("OFFICE_DP"), office)
                        .status());
        SenderScope court = new SenderScope("COURT", SenderKind.AUTHORITY, Set.of());
        assertEquals(
                "TERMINATED",
                registry.changeByDecision(license.number(), LicenseAction.TERMINATE, decision("COURT"), court)
                        .status());
    }
}

package kz.elicensing.domain.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.party.ApplicantKind;
import org.junit.jupiter.api.Test;

/** A per-region service goes to its region's provider; any other service to its one provider. */
class RegionalRoutingTest {
    static final Provider ALMATY = new Provider("DP_ALMATY", "120340000054", "ДП г. Алматы", "Алматы ҚПД");
    static final Provider ASTANA = new Provider("DP_ASTANA", "090340000774", "ДП г. Астаны", "Астана ҚПД");
    static final Function<String, Optional<Provider>> CATALOG =
            r -> Optional.ofNullable(Map.of("ALMATY", ALMATY, "ASTANA", ASTANA).get(r));

    static LicenseService service(boolean perRegion) {
        return new LicenseService(
                "SECURITY_ACTIVITY",
                "Охрана",
                "Күзет",
                ALMATY,
                ApplicantKind.LEGAL_ENTITY,
                true,
                BigDecimal.TEN,
                15,
                "LAA") {
            @Override
            public boolean perRegion() {
                return perRegion;
            }
        };
    }

    @Test
    void theRegionsOwnProvider() {
        assertSame(ASTANA, RegionalRouting.provider(service(true), "ASTANA", CATALOG));
        assertSame(ALMATY, RegionalRouting.provider(service(true), " ALMATY ", CATALOG));
    }

    @Test
    void noRegionOrAnUnservedOneIsATypedFault() {
        assertEquals(
                ErrorCode.REGION_REQUIRED,
                assertThrows(ElicensingException.class, () -> RegionalRouting.provider(service(true), null, CATALOG))
                        .code());
        assertEquals(
                ErrorCode.REGION_REQUIRED,
                assertThrows(ElicensingException.class, () -> RegionalRouting.provider(service(true), " ", CATALOG))
                        .code());
        assertEquals(
                ErrorCode.REGION_NOT_SERVED,
                assertThrows(
                                ElicensingException.class,
                                () -> RegionalRouting.provider(service(true), "KOSTANAY", CATALOG))
                        .code());
    }

    @Test
    void aServiceOfOneProviderIgnoresTheRegion() {
        assertSame(ALMATY, RegionalRouting.provider(service(false), "ASTANA", CATALOG));
        assertSame(ALMATY, RegionalRouting.provider(service(false), null, CATALOG));
    }
}

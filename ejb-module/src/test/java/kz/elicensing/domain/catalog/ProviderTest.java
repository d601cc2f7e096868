package kz.elicensing.domain.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.time.ZoneId;
import kz.elicensing.domain.workflow.RegistrationCutoff;
import org.junit.jupiter.api.Test;

/** A provider's registration cut-off: 18:00 Almaty unless its catalog row says otherwise. */
class ProviderTest {

    @Test
    void theDefaultIs18InAlmaty() {
        Provider p = new Provider("DP_ALMATY", "120340000054", "ДП", "ПД");
        assertEquals(new RegistrationCutoff(LocalTime.of(18, 0), ZoneId.of("Asia/Almaty")), p.registrationCutoff());
    }

    @Test
    void anotherCutOffAndZoneAreKept() {
        RegistrationCutoff cutoff = new RegistrationCutoff(LocalTime.of(17, 30), ZoneId.of("Asia/Oral"));
        assertEquals(cutoff, new Provider("X", "120340000054", "X", "X", cutoff).registrationCutoff());
    }

    @Test
    void anUnknownZoneInTheCatalogSaysWhichProvider() {
        Provider p = new Provider("DP_X", "120340000054", "X", "X") {
            {
                try {
                    var f = Provider.class.getDeclaredField("timeZone");
                    f.setAccessible(true);
                    f.set(this, "Asia/Nowhere");
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        };
        IllegalStateException e = assertThrows(IllegalStateException.class, p::registrationCutoff);
        assertTrue(e.getMessage().contains("DP_X") && e.getMessage().contains("Asia/Nowhere"), e.getMessage());
    }
}

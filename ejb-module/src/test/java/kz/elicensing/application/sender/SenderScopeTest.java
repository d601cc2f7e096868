package kz.elicensing.application.sender;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import kz.elicensing.domain.application.InMemoryApplications;
import kz.elicensing.domain.application.LicenseApplication;
import org.junit.jupiter.api.Test;

/** A sender's data scope: what it submitted, its providers' data, licenses of its licensors (or any, an authority's). */
class SenderScopeTest {
    final LicenseApplication portals =
            new InMemoryApplications(Instant.parse("2026-11-23T05:00:00Z")).checking("KZ-0001");

    @Test
    void aSenderSeesWhatItSubmittedAndABoundSenderItsProvidersApplications() {
        assertTrue(SenderScope.unbound("PORTAL").maySee(portals), "PORTAL submitted it");
        assertFalse(SenderScope.unbound("EGOV_MOBILE").maySee(portals), "another integration did not");
        assertTrue(new SenderScope("OFFICE", SenderKind.SYSTEM, Set.of("DP_ALMATY")).maySee(portals));
        assertFalse(new SenderScope("OFFICE", SenderKind.SYSTEM, Set.of("AGRI_ALMATY_REGION")).maySee(portals));
        assertFalse(new SenderScope("COURT", SenderKind.AUTHORITY, Set.of()).maySee(portals), "a court reads nothing");
    }

    @Test
    void licensesAreChangedByTheLicensorsSystemsOrAnAuthority() {
        assertFalse(SenderScope.unbound("PORTAL").mayChangeLicenseOf("DP_ALMATY"));
        assertTrue(new SenderScope("OFFICE", SenderKind.SYSTEM, Set.of("DP_ALMATY")).mayChangeLicenseOf("DP_ALMATY"));
        assertFalse(new SenderScope("AGRI", SenderKind.SYSTEM, Set.of("AGRI_ALMATY_REGION"))
                .mayChangeLicenseOf("DP_ALMATY"));
        assertTrue(new SenderScope("COURT", SenderKind.AUTHORITY, Set.of()).mayChangeLicenseOf("DP_ALMATY"));
    }

    @Test
    void onlyASenderBoundToExactlyOneProviderSendsWalkIns() {
        assertEquals(Optional.empty(), SenderScope.unbound("PORTAL").walkInProvider());
        assertEquals(
                Optional.of("DP_ALMATY"),
                new SenderScope("OFFICE", SenderKind.SYSTEM, Set.of("DP_ALMATY")).walkInProvider());
        assertEquals(
                Optional.empty(),
                new SenderScope("TWO", SenderKind.SYSTEM, Set.of("DP_ALMATY", "DP_ASTANA")).walkInProvider());
    }
}

package kz.elicensing.application.sender;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kz.elicensing.application.sender.SenderAdministration.RegisteredSender;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import org.junit.jupiter.api.Test;

/** The sender use case: what may be registered is decided here; the store keeps only what passed. */
class DefaultSenderAdministrationTest {
    static final String BIN = "150140000012";
    static final String PASSWORD = "a-long-password";

    final List<RegisteredSender> saved = new ArrayList<>();
    final DefaultSenderAdministration admin = new DefaultSenderAdministration();

    DefaultSenderAdministrationTest() {
        admin.callable = Set.of("ELICENSE_SubmitApplication", "ELICENSE_GetResult")::contains;
        admin.catalog = (kz.elicensing.domain.catalog.Catalog) java.lang.reflect.Proxy.newProxyInstance(
                kz.elicensing.domain.catalog.Catalog.class.getClassLoader(),
                new Class<?>[] {kz.elicensing.domain.catalog.Catalog.class},
                (proxy, m, args) -> {
                    if (!m.getName().equals("providerByCode")) {
                        throw new UnsupportedOperationException(m.getName());
                    }
                    return "DP_ALMATY".equals(args[0])
                            ? java.util.Optional.of(
                                    new kz.elicensing.domain.catalog.Provider("DP_ALMATY", "120340000054", "ДП", "ПД"))
                            : java.util.Optional.empty();
                });
        admin.store = new SenderStore() {
            @Override
            public List<RegisteredSender> all() {
                return saved;
            }

            @Override
            public void save(RegisteredSender sender, String password) {
                assertEquals(PASSWORD, password);
                saved.add(sender);
            }

            @Override
            public boolean disable(String senderId) {
                return saved.stream().anyMatch(s -> s.senderId().equals(senderId));
            }
        };
    }

    @Test
    void aValidSenderIsSavedEnabledWithALowerCaseFingerprint() {
        admin.register("PORTAL", PASSWORD, BIN, " ", "AB".repeat(32), Set.of("ELICENSE_GetResult"));
        RegisteredSender s = admin.senders().get(0);
        assertTrue(s.enabled());
        assertEquals(null, s.certificateCn(), "a blank CN binds no CN");
        assertEquals("ab".repeat(32), s.certificateSha256());
        assertEquals(Set.of("ELICENSE_GetResult"), s.services());
        assertTrue(admin.disable("PORTAL"));
        assertFalse(admin.disable("NOBODY"));
        assertFalse(admin.disable(null));
    }

    @Test
    void eachBadFieldHasItsCodeAndNothingIsSaved() {
        assertEquals(
                ErrorCode.SCHEMA_VIOLATION, code(() -> admin.register("bad id", PASSWORD, BIN, null, null, Set.of())));
        assertEquals(
                ErrorCode.SCHEMA_VIOLATION, code(() -> admin.register("PORTAL", "short", BIN, null, null, Set.of())));
        assertEquals(
                ErrorCode.INVALID_BIN,
                code(() -> admin.register("PORTAL", PASSWORD, "150140000013", null, null, Set.of())));
        assertEquals(
                ErrorCode.SCHEMA_VIOLATION, code(() -> admin.register("PORTAL", PASSWORD, BIN, null, "xyz", Set.of())));
        assertEquals(
                ErrorCode.UNKNOWN_SERVICE,
                code(() -> admin.register("PORTAL", PASSWORD, BIN, null, null, Set.of("ELICENSE_Invented"))));
        assertTrue(saved.isEmpty());
    }

    @Test
    void aSenderIsBoundToProvidersTheCatalogKnowsAndGivenItsKind() {
        admin.register(
                "OFFICE",
                PASSWORD,
                BIN,
                null,
                null,
                Set.of("ELICENSE_GetResult"),
                SenderKind.SYSTEM,
                Set.of(" DP_ALMATY "));
        assertEquals(Set.of("DP_ALMATY"), saved.get(0).providers());
        assertEquals(SenderKind.SYSTEM, saved.get(0).kind());
        admin.register("COURT", PASSWORD, BIN, null, null, Set.of(), SenderKind.AUTHORITY, Set.of());
        assertEquals(SenderKind.AUTHORITY, saved.get(1).kind());
        assertEquals(Set.of(), saved.get(1).providers());
        assertEquals(
                ErrorCode.SCHEMA_VIOLATION,
                code(() -> admin.register(
                        "X", PASSWORD, BIN, null, null, Set.of(), SenderKind.SYSTEM, Set.of("NO_SUCH_PROVIDER"))));
        assertEquals(2, saved.size(), "nothing saved for the unknown provider");
    }

    private static ErrorCode code(Runnable r) {
        return assertThrows(ElicensingException.class, r::run).code();
    }
}

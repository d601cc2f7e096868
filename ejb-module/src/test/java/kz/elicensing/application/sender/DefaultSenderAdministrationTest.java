package kz.elicensing.application.sender;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kz.elicensing.application.audit.AdminArea;
import kz.elicensing.application.audit.AdminChange;
import kz.elicensing.application.audit.AdminChangeLog;
import kz.elicensing.application.sender.SenderAdministration.RegisteredSender;
import kz.elicensing.application.sender.SenderAdministration.SenderForm;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import org.junit.jupiter.api.Test;

/**
 * The sender use case: what may be registered is decided here; the store keeps only what passed; every change is
 * recorded with the administrator's login (area SENDER).
 */
class DefaultSenderAdministrationTest {
    static final String BIN = "150140000012";
    static final String PASSWORD = "a-long-password";

    final List<RegisteredSender> saved = new ArrayList<>();
    final List<String> passwords = new ArrayList<>();
    final List<String> recorded = new ArrayList<>();
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
                saved.removeIf(s -> s.senderId().equals(sender.senderId()));
                saved.add(sender);
                passwords.add(password);
            }

            @Override
            public boolean disable(String senderId) {
                return saved.stream().anyMatch(s -> s.senderId().equals(senderId));
            }
        };
        admin.audit = new AdminChangeLog() {
            @Override
            public void record(String actor, AdminArea area, String subject, String action, String detail) {
                recorded.add(actor + " " + area + " " + subject + " " + action);
            }

            @Override
            public List<AdminChange> recent(AdminArea area, String subject, int limit) {
                throw new UnsupportedOperationException();
            }
        };
    }

    static SenderForm form(String id, String password, String bin, String cn, String sha256, Set<String> services) {
        return new SenderForm(id, password, bin, cn, sha256, services, SenderKind.SYSTEM, Set.of());
    }

    @Test
    void aValidSenderIsSavedEnabledWithALowerCaseFingerprintAndRecorded() {
        RegisteredSender s = admin.register(
                "admin", form("PORTAL", PASSWORD, BIN, " ", "AB".repeat(32), Set.of("ELICENSE_GetResult")));
        assertEquals(s, admin.senders().get(0));
        assertTrue(s.enabled());
        assertEquals(null, s.certificateCn(), "a blank CN binds no CN");
        assertEquals("ab".repeat(32), s.certificateSha256());
        assertEquals(Set.of("ELICENSE_GetResult"), s.services());
        assertEquals(List.of(PASSWORD), passwords);
        assertTrue(admin.disable("admin", "PORTAL"));
        assertFalse(admin.disable("admin", "NOBODY"));
        assertFalse(admin.disable("admin", null));
        assertEquals(List.of("admin SENDER PORTAL REGISTER", "admin SENDER PORTAL DISABLE"), recorded);
    }

    @Test
    void aChangedSenderKeepsItsPasswordWhenNoneIsGiven() {
        admin.register("admin", form("PORTAL", PASSWORD, BIN, "CN", null, Set.of()));
        admin.register("root", form("PORTAL", "", BIN, "CN", null, Set.of("ELICENSE_GetResult")));
        assertEquals(1, saved.size());
        assertEquals(Set.of("ELICENSE_GetResult"), saved.get(0).services());
        assertEquals(PASSWORD, passwords.get(0));
        assertNull(passwords.get(1), "the store keeps the password");
        assertEquals(List.of("admin SENDER PORTAL REGISTER", "root SENDER PORTAL CHANGE"), recorded);
        assertEquals(
                ErrorCode.SCHEMA_VIOLATION,
                code(() -> admin.register("admin", form("NEW", "", BIN, null, null, Set.of()))),
                "a new sender needs a password");
    }

    @Test
    void eachBadFieldHasItsCodeAndNothingIsSavedOrRecorded() {
        assertEquals(
                ErrorCode.SCHEMA_VIOLATION,
                code(() -> admin.register("admin", form("bad id", PASSWORD, BIN, null, null, Set.of()))));
        assertEquals(
                ErrorCode.SCHEMA_VIOLATION,
                code(() -> admin.register("admin", form("PORTAL", "short", BIN, null, null, Set.of()))));
        assertEquals(
                ErrorCode.INVALID_BIN,
                code(() -> admin.register("admin", form("PORTAL", PASSWORD, "150140000013", null, null, Set.of()))));
        assertEquals(
                ErrorCode.SCHEMA_VIOLATION,
                code(() -> admin.register("admin", form("PORTAL", PASSWORD, BIN, null, "xyz", Set.of()))));
        assertEquals(
                ErrorCode.UNKNOWN_SERVICE,
                code(() -> admin.register(
                        "admin", form("PORTAL", PASSWORD, BIN, null, null, Set.of("ELICENSE_Invented")))));
        assertTrue(saved.isEmpty());
        assertTrue(recorded.isEmpty());
    }

    @Test
    void aSenderIsBoundToProvidersTheCatalogKnowsAndGivenItsKind() {
        admin.register(
                "admin",
                new SenderForm(
                        "OFFICE",
                        PASSWORD,
                        BIN,
                        null,
                        null,
                        Set.of("ELICENSE_GetResult"),
                        SenderKind.SYSTEM,
                        Set.of(" DP_ALMATY ")));
        assertEquals(Set.of("DP_ALMATY"), saved.get(0).providers());
        assertEquals(SenderKind.SYSTEM, saved.get(0).kind());
        admin.register(
                "admin", new SenderForm("COURT", PASSWORD, BIN, null, null, Set.of(), SenderKind.AUTHORITY, Set.of()));
        assertEquals(SenderKind.AUTHORITY, saved.get(1).kind());
        assertEquals(Set.of(), saved.get(1).providers());
        assertEquals(
                ErrorCode.SCHEMA_VIOLATION,
                code(() -> admin.register(
                        "admin",
                        new SenderForm(
                                "X",
                                PASSWORD,
                                BIN,
                                null,
                                null,
                                Set.of(),
                                SenderKind.SYSTEM,
                                Set.of("NO_SUCH_PROVIDER")))));
        assertEquals(2, saved.size(), "nothing saved for the unknown provider");
    }

    private static ErrorCode code(Runnable r) {
        return assertThrows(ElicensingException.class, r::run).code();
    }
}

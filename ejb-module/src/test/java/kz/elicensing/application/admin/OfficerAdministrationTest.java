package kz.elicensing.application.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import kz.elicensing.application.audit.AdminArea;
import kz.elicensing.application.audit.AdminChange;
import kz.elicensing.application.audit.AdminChangeLog;
import kz.elicensing.domain.catalog.Catalog;
import kz.elicensing.domain.catalog.Provider;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The officer commands' rules: what is refused with which code, what is kept, and that each change is logged. */
class OfficerAdministrationTest {
    private final Map<String, OfficerAccount> accounts = new TreeMap<>();
    private final Map<String, String> passwords = new TreeMap<>();
    private final List<String> log = new ArrayList<>();
    private DefaultOfficerAdministration admin;

    @BeforeEach
    void setUp() {
        admin = new DefaultOfficerAdministration();
        admin.store = new OfficerStore() {
            @Override
            public List<OfficerAccount> all() {
                return List.copyOf(accounts.values());
            }

            @Override
            public Optional<OfficerAccount> find(String username) {
                return Optional.ofNullable(accounts.get(username));
            }

            @Override
            public void add(OfficerAccount account, String password) {
                accounts.put(account.username(), account);
                passwords.put(account.username(), password);
            }

            @Override
            public void update(OfficerAccount account) {
                accounts.put(account.username(), account);
            }

            @Override
            public void setPassword(String username, String password) {
                passwords.put(username, password);
            }
        };
        Provider almaty = new Provider("DP_ALMATY", "123456789012", "ДП Алматы", "Алматы ПД");
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
        accounts.put("admin", new OfficerAccount("admin", "Әкімші", null, "admin", true));
    }

    @Test
    void anAddedOfficerIsKeptWithItsProviderAndLoggedWithoutThePassword() {
        var row = admin.add("admin", " kairat ", "Қайрат Әлиев", "DP_ALMATY", "officer", "a-long-password-1");
        assertEquals("kairat", row.username());
        assertEquals("ДП Алматы", row.providerNameRu());
        assertTrue(row.enabled());
        assertEquals("a-long-password-1", passwords.get("kairat"));
        assertEquals(1, log.size());
        assertTrue(log.get(0).startsWith("admin OFFICER kairat ADD"), log.get(0));
        assertFalse(log.get(0).contains("a-long-password-1"), "the password is never logged");
    }

    @Test
    void refusalsCarryTheirCodes() {
        assertCode(
                ErrorCode.OFFICER_FIELDS_INVALID,
                () -> admin.add("admin", "bad name", "X", "DP_ALMATY", "officer", "a-long-password-1"));
        assertCode(
                ErrorCode.OFFICER_FIELDS_INVALID,
                () -> admin.add("admin", "ok", " ", "DP_ALMATY", "officer", "a-long-password-1"));
        assertCode(
                ErrorCode.OFFICER_ROLE_INVALID,
                () -> admin.add("admin", "ok", "X", "DP_ALMATY", "boss", "a-long-password-1"));
        assertCode(
                ErrorCode.OFFICER_ROLE_INVALID, () -> admin.add("admin", "ok", "X", "", "head", "a-long-password-1"));
        assertCode(
                ErrorCode.PROVIDER_UNKNOWN,
                () -> admin.add("admin", "ok", "X", "NOWHERE", "officer", "a-long-password-1"));
        assertCode(ErrorCode.PASSWORD_TOO_SHORT, () -> admin.add("admin", "ok", "X", "DP_ALMATY", "officer", "short"));
        assertCode(
                ErrorCode.OFFICER_EXISTS, () -> admin.add("admin", "admin", "X", null, "admin", "a-long-password-1"));
        assertCode(ErrorCode.OFFICER_UNKNOWN, () -> admin.setEnabled("admin", "nobody", false));
        assertTrue(log.isEmpty(), "nothing refused is logged");
        assertEquals(1, accounts.size(), "nothing refused is kept");
    }

    @Test
    void anAdministratorCannotLockThemselvesOut() {
        assertCode(ErrorCode.OFFICER_SELF_CHANGE, () -> admin.setEnabled("admin", "admin", false));
        assertCode(ErrorCode.OFFICER_SELF_CHANGE, () -> admin.change("admin", "admin", "Әкімші", "DP_ALMATY", "head"));
        admin.add("admin", "root2", "Екінші әкімші", null, "admin", "a-long-password-1");
        assertFalse(admin.setEnabled("root2", "admin", false).enabled(), "another admin may disable this one");
    }

    @Test
    void disableEnableChangeAndResetAreLogged() {
        admin.add("admin", "k1", "Қ", "DP_ALMATY", "officer", "a-long-password-1");
        assertFalse(admin.setEnabled("admin", "k1", false).enabled());
        assertTrue(admin.setEnabled("admin", "k1", true).enabled());
        var head = admin.change("admin", "k1", "Қ Ә", "DP_ALMATY", "head");
        assertEquals("head", head.role());
        admin.resetPassword("admin", "k1", "another-long-pass");
        assertEquals("another-long-pass", passwords.get("k1"));
        assertEquals(5, log.size(), log.toString());
        assertTrue(log.get(1).contains("DISABLE") && log.get(4).contains("RESET_PASSWORD"), log.toString());
    }

    @Test
    void anAdministratorHasNoProvider() {
        var row = admin.add("admin", "root3", "Үшінші", "DP_ALMATY", "admin", "a-long-password-1");
        assertNull(row.providerCode());
    }

    static void assertCode(ErrorCode code, Runnable call) {
        ElicensingException e = assertThrows(ElicensingException.class, call::run);
        assertEquals(code, e.code(), e.getMessage());
    }
}

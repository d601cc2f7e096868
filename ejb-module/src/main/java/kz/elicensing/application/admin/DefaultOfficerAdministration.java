package kz.elicensing.application.admin;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.elicensing.application.audit.AdminArea;
import kz.elicensing.application.audit.AdminChangeLog;
import kz.elicensing.domain.catalog.Catalog;
import kz.elicensing.domain.catalog.Provider;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;

/** The officer commands: checked by {@link OfficerRules}, kept through {@link OfficerStore}, logged in the change log. */
@Stateless
public class DefaultOfficerAdministration implements OfficerAdministration {

    @Inject
    OfficerStore store;

    @Inject
    Catalog catalog;

    @Inject
    AdminChangeLog changes;

    @Override
    public List<OfficerRow> officers() {
        Map<String, Provider> providers = providersByCode();
        return store.all().stream().map(a -> row(a, providers)).toList();
    }

    @Override
    public List<ProviderOption> providers() {
        return catalog.providers().stream()
                .sorted(Comparator.comparing(Provider::code))
                .map(p -> new ProviderOption(p.code(), p.nameRu(), p.nameKz()))
                .toList();
    }

    @Override
    public OfficerRow add(
            String actor, String username, String fullName, String providerCode, String role, String password) {
        OfficerAccount account = OfficerRules.checked(new OfficerAccount(username, fullName, providerCode, role, true));
        OfficerRules.checkPassword(password);
        checkProvider(account);
        if (store.find(account.username()).isPresent()) {
            throw new ElicensingException(
                    ErrorCode.OFFICER_EXISTS, "officer " + account.username() + " exists", account.username());
        }
        store.add(account, password);
        changes.record(actor, AdminArea.OFFICER, account.username(), "ADD", describe(account));
        return row(account, providersByCode());
    }

    @Override
    public OfficerRow change(String actor, String username, String fullName, String providerCode, String role) {
        OfficerAccount before = existing(username);
        OfficerAccount after = OfficerRules.checked(
                new OfficerAccount(before.username(), fullName, providerCode, role, before.enabled()));
        OfficerRules.checkNotSelfLockout(actor, before, after);
        checkProvider(after);
        store.update(after);
        changes.record(
                actor, AdminArea.OFFICER, after.username(), "CHANGE", describe(before) + " -> " + describe(after));
        return row(after, providersByCode());
    }

    @Override
    public OfficerRow setEnabled(String actor, String username, boolean enabled) {
        OfficerAccount before = existing(username);
        OfficerAccount after =
                new OfficerAccount(before.username(), before.fullName(), before.providerCode(), before.role(), enabled);
        OfficerRules.checkNotSelfLockout(actor, before, after);
        store.update(after);
        changes.record(actor, AdminArea.OFFICER, after.username(), enabled ? "ENABLE" : "DISABLE", describe(after));
        return row(after, providersByCode());
    }

    @Override
    public void resetPassword(String actor, String username, String password) {
        OfficerAccount account = existing(username);
        OfficerRules.checkPassword(password);
        store.setPassword(account.username(), password);
        changes.record(actor, AdminArea.OFFICER, account.username(), "RESET_PASSWORD", null);
    }

    private OfficerAccount existing(String username) {
        String login = username == null ? "" : username.strip();
        return store.find(login)
                .orElseThrow(() -> new ElicensingException(ErrorCode.OFFICER_UNKNOWN, "no officer " + login, login));
    }

    private void checkProvider(OfficerAccount account) {
        if (account.providerCode() != null
                && catalog.providerByCode(account.providerCode()).isEmpty()) {
            throw new ElicensingException(
                    ErrorCode.PROVIDER_UNKNOWN, "no provider " + account.providerCode(), account.providerCode());
        }
    }

    private Map<String, Provider> providersByCode() {
        return catalog.providers().stream().collect(Collectors.toMap(Provider::code, Function.identity(), (a, b) -> a));
    }

    private static OfficerRow row(OfficerAccount a, Map<String, Provider> providers) {
        Provider p = a.providerCode() == null ? null : providers.get(a.providerCode());
        return new OfficerRow(
                a.username(),
                a.fullName(),
                a.providerCode(),
                p == null ? "" : p.nameRu(),
                p == null ? "" : p.nameKz(),
                a.role(),
                a.enabled());
    }

    /** What the change log keeps of an account: never the password. */
    static String describe(OfficerAccount a) {
        return "name=" + a.fullName() + ", provider=" + (a.providerCode() == null ? "-" : a.providerCode()) + ", role="
                + a.role() + ", enabled=" + a.enabled();
    }
}

package kz.elicensing.application.registry;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import kz.elicensing.domain.catalog.ActivitySubtype;
import kz.elicensing.domain.catalog.Catalog;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.licence.DecisionBasis;
import kz.elicensing.domain.licence.License;
import kz.elicensing.domain.licence.LicenseAction;
import kz.elicensing.domain.licence.LicenseRepository;
import kz.elicensing.domain.licence.LicenseStatus;
import kz.elicensing.domain.officer.Officer;
import kz.elicensing.domain.officer.OfficerDirectory;

/** Searches the registry in SQL and shows a license's card with what the officer may do (the head of its licensor). */
@Stateless
public class DefaultRegistryDesk implements RegistryDesk {
    /** A page of the search is at most this long. */
    public static final int MAX_PAGE = 100;

    /** The bases an officer's change may have (SYSTEM is E-licensing's own). */
    private static final List<String> BASES =
            List.of(DecisionBasis.OFFICER.name(), DecisionBasis.COURT.name(), DecisionBasis.AUTHORITY.name());

    @Inject
    LicenseSearchStore store;

    @Inject
    LicenseRegistry registry;

    @Inject
    LicenseRepository licenses;

    @Inject
    OfficerDirectory officers;

    @Inject
    Catalog catalog;

    @Override
    public LicensePage search(String officer, LicenseFilter filter, boolean ownProvider, int first, int size) {
        LicenseFilter f = scoped(officer, filter, ownProvider);
        int from = Math.max(0, first);
        int length = Math.max(1, Math.min(MAX_PAGE, size));
        int cap = RegistryDesk.countCap(f);
        int counted = store.count(f, cap);
        return new LicensePage(Math.min(counted, cap), counted <= cap, store.page(f, from, length));
    }

    @Override
    public int count(String officer, LicenseFilter filter, boolean ownProvider) {
        LicenseFilter f = scoped(officer, filter, ownProvider);
        return store.count(f, RegistryDesk.countCap(f));
    }

    /** The filter of a signed-in officer, limited to their own provider's licenses when asked. */
    private LicenseFilter scoped(String officer, LicenseFilter filter, boolean ownProvider) {
        Officer me = officer(officer);
        LicenseFilter f = filter == null ? LicenseFilter.any() : filter;
        return ownProvider ? f.ofProvider(me.providerCode()) : f;
    }

    @Override
    public LicenseCard card(String licenseNumber, String officer) {
        Officer me = officer(officer);
        LicenseView view = registry.verify(licenseNumber);
        License license = licenses.byNumber(view.number()).orElseThrow();
        boolean head = me.isHead() && me.providerCode().equals(license.providerCode());
        boolean objects = license.status().allowed().contains(LicenseAction.ADD_OBJECT);
        Map<String, ActivitySubtype> named = catalog.activitySubtypes(license.serviceCode()).stream()
                .collect(Collectors.toMap(ActivitySubtype::code, a -> a, (a, b) -> a));
        List<RegistryChoice> subtypes = view.activitySubtypes().stream()
                .map(code -> Optional.ofNullable(named.get(code))
                        .map(a -> new RegistryChoice(code, a.nameRu(), a.nameKz()))
                        .orElse(new RegistryChoice(code, code, code)))
                .toList();
        return new LicenseCard(view, head, head ? view.allowedChanges() : List.of(), head && objects, BASES, subtypes);
    }

    @Override
    public List<RegistryChoice> services() {
        return catalog.services().stream()
                .map(s -> new RegistryChoice(s.code(), s.titleRu(), s.titleKz()))
                .toList();
    }

    @Override
    public List<RegistryChoice> regions() {
        return catalog.regions().stream()
                .map(r -> new RegistryChoice(r.code(), r.nameRu(), r.nameKz()))
                .toList();
    }

    @Override
    public List<String> statuses() {
        return Arrays.stream(LicenseStatus.values()).map(Enum::name).toList();
    }

    private Officer officer(String username) {
        if (username == null) {
            throw new ElicensingException(ErrorCode.OFFICER_NOT_ALLOWED, "no officer signed in");
        }
        return officers.officer(username)
                .orElseThrow(
                        () -> new ElicensingException(ErrorCode.OFFICER_NOT_ALLOWED, username + " is not an officer"));
    }
}

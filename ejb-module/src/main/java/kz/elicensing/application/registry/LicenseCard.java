package kz.elicensing.application.registry;

import java.util.List;

/**
 * A license's card for one officer: the registry entry, whether this officer (the head of the licensor) may change it,
 * the lifecycle actions its status allows, whether objects may be added or removed now, and the bases a change may have
 * (OFFICER, COURT, AUTHORITY: a court's or authority's decision with its number, date and issuing body), and the
 * license's activity subtypes with their names (a code the catalog no longer has is named by its code).
 */
public record LicenseCard(
        LicenseView license,
        boolean mayChange,
        List<String> actions,
        boolean objectsChangeable,
        List<String> bases,
        List<RegistryChoice> subtypes) {}

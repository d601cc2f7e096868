package kz.elicensing.application.registry;

import java.util.List;

/**
 * One page of the registry's search results and how many licenses match in all ({@code total}, counted up to a cap:
 * {@code totalExact} false means "at least").
 */
public record LicensePage(int total, boolean totalExact, List<LicenseRow> rows) {}

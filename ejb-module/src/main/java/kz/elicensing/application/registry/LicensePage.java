package kz.elicensing.application.registry;

import java.util.List;

/** One page of the registry's search results and how many licenses match in all. */
public record LicensePage(int total, List<LicenseRow> rows) {}

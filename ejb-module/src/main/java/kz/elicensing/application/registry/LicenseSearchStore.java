package kz.elicensing.application.registry;

import java.util.List;

/** The registry searched in the database (SQL does the filtering and the paging; newest licenses first). */
public interface LicenseSearchStore {

    /** How many licenses match, counted up to {@code cap + 1} (more than {@code cap}: cap + 1). */
    int count(LicenseFilter filter, int cap);

    /** The matching licenses from {@code first} (0-based), at most {@code size}, newest first. */
    List<LicenseRow> page(LicenseFilter filter, int first, int size);
}

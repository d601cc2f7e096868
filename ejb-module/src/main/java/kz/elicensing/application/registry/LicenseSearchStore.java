package kz.elicensing.application.registry;

import java.util.List;

/** The registry searched in the database (SQL does the filtering and the paging; newest licenses first). */
public interface LicenseSearchStore {

    /** How many licenses match. */
    int count(LicenseFilter filter);

    /** The matching licenses from {@code first} (0-based), at most {@code size}, newest first. */
    List<LicenseRow> page(LicenseFilter filter, int first, int size);
}

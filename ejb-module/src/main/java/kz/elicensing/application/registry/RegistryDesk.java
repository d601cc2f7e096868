package kz.elicensing.application.registry;

import java.util.List;

/** The officer's registry: search licenses, open a license's card with what this officer may do with it. */
public interface RegistryDesk {

    /** The most licenses counted exactly: beyond it a total is "at least" (as the worklist's). */
    int COUNT_CAP = 10_000;

    /**
     * The most licenses a holder-name substring counts exactly: the trigram indexes only preselect, so each match is
     * read from the table to be counted, and a common fragment matches tens of thousands.
     */
    int NAME_COUNT_CAP = 1_000;

    /** The count's cap for this filter: {@link #NAME_COUNT_CAP} with a holder-name substring, else {@link #COUNT_CAP}. */
    static int countCap(LicenseFilter filter) {
        return filter.name() == null ? COUNT_CAP : NAME_COUNT_CAP;
    }

    /**
     * Licenses matching the filter, one page ({@code size} at most 100), newest first; with {@code ownProvider} only the
     * officer's own provider's licenses. OFFICER_NOT_ALLOWED for someone who is not an officer.
     */
    LicensePage search(String officer, LicenseFilter filter, boolean ownProvider, int first, int size);

    /**
     * How many licenses match, counted up to {@link #countCap} + 1 (that many: more than the cap, shown "N+"), as
     * {@link #search}'s total.
     */
    int count(String officer, LicenseFilter filter, boolean ownProvider);

    /** The license's card for the officer: LICENSE_NOT_FOUND for an unknown or malformed number. */
    LicenseCard card(String licenseNumber, String officer);

    /** The services of the catalog (code, titles). */
    List<RegistryChoice> services();

    /** The regions of the catalog. */
    List<RegistryChoice> regions();

    /** The license statuses (code and the message key of its name as nameRu/nameKz are resolved by the caller). */
    List<String> statuses();
}

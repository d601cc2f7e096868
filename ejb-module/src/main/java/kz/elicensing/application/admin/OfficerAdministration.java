package kz.elicensing.application.admin;

import java.util.List;

/**
 * The administrator's management of officers (issue 14, Administration): list them with their provider and role, add
 * one with an initial password, change provider, role or name, disable and enable, reset a password. Every change is
 * recorded in the change log with the administrator's login ({@code actor}).
 */
public interface OfficerAdministration {

    /** An officer as listed: the account and its provider's names. */
    record OfficerRow(
            String username,
            String fullName,
            String providerCode,
            String providerNameRu,
            String providerNameKz,
            String role,
            boolean enabled) {}

    /** A provider an officer may be given. */
    record ProviderOption(String code, String nameRu, String nameKz) {}

    /** Every officer and administrator, by login. */
    List<OfficerRow> officers();

    /** The providers of the catalog, by code. */
    List<ProviderOption> providers();

    /**
     * Adds an account that may sign in at once with {@code password}. Refuses a malformed login or name
     * (OFFICER_FIELDS_INVALID), a login taken (OFFICER_EXISTS), a wrong role or an officer without provider
     * (OFFICER_ROLE_INVALID), an unknown provider (PROVIDER_UNKNOWN), a short password (PASSWORD_TOO_SHORT).
     */
    OfficerRow add(String actor, String username, String fullName, String providerCode, String role, String password);

    /** Changes name, provider and role (same refusals as {@link #add}; OFFICER_SELF_CHANGE for one's own admin role). */
    OfficerRow change(String actor, String username, String fullName, String providerCode, String role);

    /** Disables (no sign-in) or enables the account; an administrator may not disable their own (OFFICER_SELF_CHANGE). */
    OfficerRow setEnabled(String actor, String username, boolean enabled);

    /** Sets a new password (PASSWORD_TOO_SHORT under 12 characters). */
    void resetPassword(String actor, String username, String password);
}

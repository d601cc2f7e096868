package kz.elicensing.domain.officer;

import java.util.Objects;
import kz.elicensing.domain.application.LicenseApplication;

/**
 * An officer of a provider and what they may see: the head of the office sees every application of the provider;
 * an officer sees those assigned to them and the unassigned ones, and never another provider's.
 */
public record Officer(String username, String fullName, String providerCode, String role) {
    /** officer_role of the head of the office, who assigns applications. */
    public static final String HEAD = "head";

    public Officer {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(providerCode, "providerCode");
    }

    /** True for the head of the office. */
    public boolean isHead() {
        return HEAD.equals(role);
    }

    /** True when this officer may see and act on the application. */
    public boolean maySee(LicenseApplication application) {
        if (!providerCode.equals(application.providerCode())) {
            return false;
        }
        String assigned = application.assignedOfficer();
        return isHead() || assigned == null || assigned.equals(username);
    }
}

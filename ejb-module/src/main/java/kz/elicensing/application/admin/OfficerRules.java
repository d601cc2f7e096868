package kz.elicensing.application.admin;

import java.util.Set;
import java.util.regex.Pattern;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;

/** What an officer's account must be: plain rules, checked before anything is stored. */
public final class OfficerRules {
    /** The roles the realm gives (web.xml): officer and head work a provider's applications, admin administers. */
    public static final Set<String> ROLES = Set.of("officer", "head", "admin");

    public static final int MIN_PASSWORD = 12;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    private OfficerRules() {}

    /** The account made well-formed (trimmed, an admin's provider dropped) or refused. */
    public static OfficerAccount checked(OfficerAccount account) {
        String username = account.username() == null ? "" : account.username().strip();
        String fullName = account.fullName() == null ? "" : account.fullName().strip();
        if (!USERNAME.matcher(username).matches() || fullName.isEmpty() || fullName.length() > 500) {
            throw new ElicensingException(
                    ErrorCode.OFFICER_FIELDS_INVALID, "login 1..100 of A-Z a-z 0-9 . _ -, full name 1..500 characters");
        }
        String role = account.role() == null ? "" : account.role().strip();
        String provider =
                account.providerCode() == null || account.providerCode().isBlank()
                        ? null
                        : account.providerCode().strip();
        if (!ROLES.contains(role)) {
            throw new ElicensingException(ErrorCode.OFFICER_ROLE_INVALID, "unknown role " + role);
        }
        if ("admin".equals(role)) {
            provider = null;
        } else if (provider == null) {
            throw new ElicensingException(ErrorCode.OFFICER_ROLE_INVALID, role + " needs a provider");
        }
        return new OfficerAccount(username, fullName, provider, role, account.enabled());
    }

    /** Refuses a password shorter than {@link #MIN_PASSWORD}. */
    public static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new ElicensingException(
                    ErrorCode.PASSWORD_TOO_SHORT, "the password needs at least " + MIN_PASSWORD + " characters");
        }
    }

    /** Refuses an administrator disabling their own account or taking the admin role from it (they would lock out). */
    public static void checkNotSelfLockout(String actor, OfficerAccount before, OfficerAccount after) {
        if (actor != null
                && actor.equals(before.username())
                && (!after.enabled() || "admin".equals(before.role()) && !"admin".equals(after.role()))) {
            throw new ElicensingException(
                    ErrorCode.OFFICER_SELF_CHANGE, actor + " may not disable or demote their own account");
        }
    }
}

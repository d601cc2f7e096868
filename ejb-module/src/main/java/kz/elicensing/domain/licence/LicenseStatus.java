package kz.elicensing.domain.licence;

import java.util.EnumSet;
import java.util.Set;

/** A license's state in the registry, and which registry actions each state allows. */
public enum LicenseStatus {
    ISSUED,
    REISSUED,
    SUSPENDED,
    RESUMED,
    TERMINATED;

    /** True for a license in force: issued or resumed (not suspended, replaced or terminated). */
    public boolean inForce() {
        return this == ISSUED || this == RESUMED;
    }

    /** The actions allowed in this state: a replaced or terminated license is final; a suspended one only resumes or ends. */
    public Set<LicenseAction> allowed() {
        return switch (this) {
            case ISSUED, RESUMED ->
                EnumSet.of(
                        LicenseAction.SUSPEND,
                        LicenseAction.TERMINATE,
                        LicenseAction.REPLACED,
                        LicenseAction.DUPLICATE,
                        LicenseAction.ADD_OBJECT,
                        LicenseAction.REMOVE_OBJECT);
            case SUSPENDED -> EnumSet.of(LicenseAction.RESUME, LicenseAction.TERMINATE);
            case REISSUED, TERMINATED -> EnumSet.noneOf(LicenseAction.class);
        };
    }

    /** The state an allowed action leads to. */
    public LicenseStatus after(LicenseAction action) {
        return switch (action) {
            case SUSPEND -> SUSPENDED;
            case RESUME -> RESUMED;
            case TERMINATE -> TERMINATED;
            case REPLACED -> REISSUED;
            default -> this;
        };
    }

    /** Resource-bundle key of the state's name for people. */
    public String messageKey() {
        return "license.status." + name();
    }
}

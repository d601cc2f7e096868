package kz.elicensing.domain.licence;

/** What can happen to a license in the registry; each is kept as a {@link LicenseEvent}. */
public enum LicenseAction {
    /** Entered the registry on an officer's approval of an issue. */
    ISSUE,
    /** Entered the registry as the re-issue of another license (its base). */
    REISSUE,
    /** Replaced by its re-issue: the license becomes REISSUED. */
    REPLACED,
    /** A duplicate of it was issued (same number and content). */
    DUPLICATE,
    SUSPEND,
    RESUME,
    TERMINATE,
    /** A branch or object where the activity is carried on was added. */
    ADD_OBJECT,
    /** A branch or object was removed. */
    REMOVE_OBJECT
}

package kz.elicensing.application.walkin;

import kz.elicensing.domain.officer.Officer;

/** An officer of a provider as the case page lists them: login, full name, and whether they head the office. */
public record OfficerView(String username, String fullName, boolean head) {
    /** The container role (and officer_role) of the head of the office, who assigns applications. */
    public static final String HEAD_ROLE = Officer.HEAD;

    static OfficerView of(Officer o) {
        return new OfficerView(o.username(), o.fullName(), o.isHead());
    }
}

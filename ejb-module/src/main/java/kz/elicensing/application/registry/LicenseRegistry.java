package kz.elicensing.application.registry;

import kz.elicensing.domain.licence.LicenseAction;
import kz.elicensing.domain.licence.LicenseChange;

/** The national license registry's lifecycle: look-up with lineage, and the changes officers, courts and authorities make. */
public interface LicenseRegistry {

    /** The registry entry of a license; LICENSE_NOT_FOUND for an unknown (or malformed) number. */
    LicenseView verify(String licenseNumber);

    /**
     * An authorized officer (the head) of the license's own provider suspends, resumes or terminates it, or adds or
     * removes an object, in their own name (SCHEMA_VIOLATION for an unknown action or basis).
     */
    LicenseView changeByOfficer(String licenseNumber, String officer, OfficerChange change);

    /** Suspend, resume or terminate on a court's or authority's decision, sent by that body's system. */
    LicenseView changeByDecision(String licenseNumber, LicenseAction action, LicenseChange change);

    /** Adds a branch or object (officer of the provider: change.actor; or a decision). */
    LicenseView addObject(
            String licenseNumber, String address, String description, String officer, LicenseChange change);

    /** Removes a branch or object. */
    LicenseView removeObject(String licenseNumber, long objectId, String officer, LicenseChange change);
}

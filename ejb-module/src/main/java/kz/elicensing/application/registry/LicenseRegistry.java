package kz.elicensing.application.registry;

import kz.elicensing.application.sender.SenderScope;
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

    /**
     * Suspend, resume or terminate on a court's or authority's decision, sent by a system bound to the licensor or of
     * kind AUTHORITY (else OPERATION_NOT_ALLOWED).
     */
    LicenseView changeByDecision(String licenseNumber, LicenseAction action, LicenseChange change, SenderScope sender);

    /** Adds a branch or object on a decision, sent by a system as for {@link #changeByDecision}. */
    LicenseView addObjectByDecision(
            String licenseNumber, String address, String description, LicenseChange change, SenderScope sender);

    /** Removes a branch or object on a decision, sent by a system as for {@link #changeByDecision}. */
    LicenseView removeObjectByDecision(String licenseNumber, long objectId, LicenseChange change, SenderScope sender);

    /** Adds a branch or object: the head of the licensor, in their own name (change.actor). */
    LicenseView addObject(
            String licenseNumber, String address, String description, String officer, LicenseChange change);

    /** Removes a branch or object: the head of the licensor, in their own name. */
    LicenseView removeObject(String licenseNumber, long objectId, String officer, LicenseChange change);
}

package kz.elicensing.application.registry;

import java.util.Optional;
import kz.elicensing.application.decision.IssuedResult;
import kz.elicensing.application.decision.PreparedResult;
import kz.elicensing.application.sender.SenderScope;
import kz.elicensing.domain.licence.LicenseAction;
import kz.elicensing.domain.licence.LicenseChange;

/** The national license registry's lifecycle: look-up with lineage, and the changes officers, courts and authorities make. */
public interface LicenseRegistry {

    /** The registry entry of a license; LICENSE_NOT_FOUND for an unknown (or malformed) number. */
    LicenseView verify(String licenseNumber);

    /**
     * The head of the license's own provider adds or removes an object in their own name (SCHEMA_VIOLATION for an
     * unknown action or basis). A status change (SUSPEND, RESUME, TERMINATE) is a signed act: {@link #prepareByOfficer}
     * (OPERATION_NOT_ALLOWED here).
     */
    LicenseView changeByOfficer(String licenseNumber, String officer, OfficerChange change);

    /**
     * The head of the license's own provider prepares a suspension, resumption or termination (own basis, or a court's
     * or authority's decision entered on the card) as an unsigned LicenseAct for the licensor's authorized person to
     * sign: checked as the change would be, kept as a pending result (kind LICENSE_ACT); the license is not changed.
     * Preparing the same act again returns it; another act replaces it.
     */
    PreparedResult prepareByOfficer(String licenseNumber, String officer, OfficerChange change);

    /** The license's prepared act still open to signing, for an officer of its licensor. */
    Optional<PreparedResult> pendingAct(String licenseNumber, String officer);

    /**
     * Applies a prepared act once the signed XML passes the result signature's checks (RESULT_* otherwise, nothing
     * changed): the change with its signed act kept on the license's event, in one transaction. The submitter is an
     * officer of the licensor; the act stays the preparing head's.
     */
    IssuedResult signByOfficer(String token, byte[] signedXml, String officer);

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

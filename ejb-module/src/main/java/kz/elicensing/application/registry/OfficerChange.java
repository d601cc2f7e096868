package kz.elicensing.application.registry;

import java.time.LocalDate;

/**
 * An officer's registry change as the registry page submits it: the action (SUSPEND, RESUME, TERMINATE, ADD_OBJECT,
 * REMOVE_OBJECT) with its object (address to add, id to remove), and its basis (OFFICER, COURT, AUTHORITY) with the
 * reason (ru; kk optional, carried in a signed act's document) and, for a court's or authority's decision, its number,
 * date and issuing body.
 */
public record OfficerChange(
        String action,
        String basis,
        String reason,
        String reasonKz,
        String decisionNumber,
        LocalDate decisionDate,
        String decisionBody,
        String address,
        Long objectId) {}

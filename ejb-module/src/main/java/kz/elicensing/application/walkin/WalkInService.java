package kz.elicensing.application.walkin;

import java.util.List;
import kz.elicensing.application.query.ApplicationView;
import kz.elicensing.application.query.CaseView;
import kz.elicensing.application.sender.SenderScope;

/**
 * Channel 2 (Reg. 000 §2.3, 002 §7, 004 §7): an officer registers a walk-in applicant's application (look-up in GBD FL
 * or GBD UL through ShEP, paper documents marked, scans attached); officers' lists of their provider's applications;
 * the head of the office assigns them.
 */
public interface WalkInService {

    /** The services the officer's office provides (what the officer may choose from). */
    List<ServiceView> services(String officer);

    /**
     * The services of {@link #services} with what the guided form needs to offer: applicant kinds, the operations the
     * catalog offers and each operation's documents (required ones marked).
     */
    List<ServiceOffer> offers(String officer);

    /**
     * Registers like {@link #register} and answers with the receipt the applicant takes home: number, deadline, and the
     * documents received on paper and scanned (with the scans' SHA-256).
     */
    WalkInReceipt registerWithReceipt(String officer, WalkInRequest request, String messageId);

    /** Asks the registry the catalog names (GBD FL or GBD UL) for the applicant, synchronously through ShEP. */
    ApplicantData lookup(String officer, ApplicantLookup query);

    /** Registers the walk-in application: number, deadline, channel OFFICER; the fee is then checked like channel 1. */
    ApplicationView register(String officer, WalkInRequest request, String messageId);

    /**
     * A provider's office system (ShEP) looks up for one of its officers: the sender must be bound to exactly one
     * provider (else SENDER_NOT_ALLOWED) and {@code officer} an officer or head of that provider (else
     * OFFICER_NOT_ALLOWED); the provider's own system authenticated the officer.
     */
    ApplicantData lookupBySystem(SenderScope sender, String officer, ApplicantLookup query);

    /** Registers a walk-in sent by a provider's office system, after the checks of {@link #lookupBySystem}. */
    ApplicationView registerBySystem(SenderScope sender, String officer, WalkInRequest request, String messageId);

    /** The open applications the officer sees: the unassigned and their own (the head: all of the provider's). */
    List<CaseView> cases(String officer);

    /** The officers of the same provider as {@code officer}. */
    List<OfficerView> colleagues(String officer);

    /** The head of the office gives the application to {@code target} (blank: back to the unassigned ones). */
    void assign(String head, String applicationNumber, String target);
}

package kz.elicensing.application.walkin;

import java.util.List;
import kz.elicensing.application.query.ApplicationView;
import kz.elicensing.application.query.CaseView;

/**
 * Channel 2 (Reg. 000 §2.3, 002 §7, 004 §7): an officer registers a walk-in applicant's application (look-up in GBD FL
 * or GBD UL through ShEP, paper documents marked, scans attached); officers' lists of their provider's applications;
 * the head of the office assigns them.
 */
public interface WalkInService {

    /** The services the officer's office provides (what the officer may choose from). */
    List<ServiceView> services(String officer);

    /** Asks the registry the catalog names (GBD FL or GBD UL) for the applicant, synchronously through ShEP. */
    ApplicantData lookup(String officer, ApplicantLookup query);

    /** Registers the walk-in application: number, deadline, channel OFFICER; the fee is then checked like channel 1. */
    ApplicationView register(String officer, WalkInRequest request, String messageId);

    /** The open applications the officer sees: the unassigned and their own (the head: all of the provider's). */
    List<CaseView> cases(String officer);

    /** The officers of the same provider as {@code officer}. */
    List<OfficerView> colleagues(String officer);

    /** The head of the office gives the application to {@code target} (blank: back to the unassigned ones). */
    void assign(String head, String applicationNumber, String target);
}

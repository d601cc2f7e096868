package kz.elicensing.application.walkin;

import kz.elicensing.domain.catalog.Operation;
import kz.elicensing.domain.party.ApplicantKind;

/** What the officer chose and entered for a walk-in applicant: service, operation, individual or legal entity, IIN/BIN. */
public record ApplicantLookup(
        String serviceCode, Operation operation, ApplicantKind applicantKind, String applicantId) {}

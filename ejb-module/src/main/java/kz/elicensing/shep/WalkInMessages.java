package kz.elicensing.shep;

import kz.elicensing.application.walkin.ApplicantLookup;
import kz.elicensing.application.walkin.WalkInRequest;

/** The walk-in SOAP payloads as read: the officer the calling system names, and what they entered. */
public final class WalkInMessages {
    private WalkInMessages() {
    }

    /** ELICENSE_LookupApplicant. */
    public record Lookup(String officer, ApplicantLookup query) {
    }

    /** ELICENSE_RegisterWalkIn. */
    public record Register(String officer, WalkInRequest request) {
    }
}

package kz.elicensing.application.decision;

import kz.elicensing.domain.catalog.AuthorizedPerson;

/** A result's signature that passed every check: the authorized person who signed and their certificate's serial. */
public record SignedResult(AuthorizedPerson person, String certificateSerial) {}

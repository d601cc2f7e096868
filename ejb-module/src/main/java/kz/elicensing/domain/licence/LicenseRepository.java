package kz.elicensing.domain.licence;

import java.util.Optional;

/** The national license registry. */
public interface LicenseRepository {

    void add(License license);

    Optional<License> byNumber(String number);

    /** The next value of the license-number sequence: unique across providers and services, never reused. */
    long nextNumberSequence();
}

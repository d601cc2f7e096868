package kz.elicensing.domain.application;

import java.time.Instant;
import java.util.List;

/** Port: the document kept as a walk-in application's original (what the officer entered; no applicant signature). */
public interface WalkInDocuments {

    /** The officer's entry as XML bytes: form, officer, time, and each scan's name, type and SHA-256. */
    byte[] officerRecord(WalkInForm form, String officer, String providerCode, Instant at, List<CheckedScan> scans);
}

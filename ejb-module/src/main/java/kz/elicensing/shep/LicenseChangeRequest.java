package kz.elicensing.shep;

import java.time.LocalDate;

/** A court's or authority's decision on a license as ELICENSE_ChangeLicense carries it. */
public record LicenseChangeRequest(String licenseNumber, String action, String basis, String reason,
                                   String decisionNumber, LocalDate decisionDate, String decisionBody,
                                   String objectAddress, String objectDescription, Long objectId) {
}

package kz.elicensing.application.deadline;

import java.time.LocalDate;
import java.util.List;

/** The SLA's counts in the database: SQL groups a provider's applications (a year of them stays a few rows). */
public interface SlaStore {

    /** Per service of the provider (by code): decided, decided on time, open, and open past their deadline on {@code today}. */
    List<ServiceCounts> counts(String providerCode, LocalDate today);

    /** The provider's decided applications grouped by service, registration day and decision day, with how many. */
    List<DecidedSpan> decidedSpans(String providerCode);

    /** One service's counts. */
    record ServiceCounts(String serviceCode, int decided, int onTime, int open, int openOverdue) {}

    /** {@code count} applications of the service registered on one day and decided on another. */
    record DecidedSpan(String serviceCode, LocalDate registeredOn, LocalDate decidedOn, int count) {}
}

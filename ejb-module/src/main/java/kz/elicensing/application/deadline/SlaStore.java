package kz.elicensing.application.deadline;

import java.time.LocalDate;
import java.util.List;

/**
 * The SLA's counts in the database: the decided applications from a rollup per provider, service and day (a year of
 * them stays a few rows per service and day), the open ones counted where they are.
 */
public interface SlaStore {

    /** Per service of the provider (by code): decided, decided on time, open, and open past their deadline on {@code today}. */
    List<ServiceCounts> counts(String providerCode, LocalDate today);

    /**
     * The provider's spans from registration to decision as their ends and starts per service and day: on {@code day},
     * {@code ends} decided applications were decided and {@code starts} were registered (each counted once on each
     * side, only those decided on or after the day they were registered).
     */
    List<SpanDay> spanDays(String providerCode);

    /** One service's counts. */
    record ServiceCounts(String serviceCode, int decided, int onTime, int open, int openOverdue) {}

    /** How many of a service's spans end and start on one day. */
    record SpanDay(String serviceCode, LocalDate day, int ends, int starts) {}
}

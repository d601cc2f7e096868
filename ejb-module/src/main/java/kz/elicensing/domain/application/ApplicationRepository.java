package kz.elicensing.domain.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Stored applications. */
public interface ApplicationRepository {

    void add(LicenseApplication application);

    Optional<LicenseApplication> byNumber(String number);

    /** The application an applicant already filed under this portal request id, if any. */
    Optional<LicenseApplication> byRequest(String applicantId, String requestId);

    List<LicenseApplication> byApplicant(String applicantId);

    /** The number of the application whose fee this payment reference paid, if any (one payment, one application). */
    Optional<String> paidBy(String paymentReference);

    List<LicenseApplication> byProviderAndStatus(String providerCode, ApplicationStatus status);

    /** The applications of a provider that are not closed yet (walk-in / assignment lists), by deadline. */
    default List<LicenseApplication> openByProvider(String providerCode) {
        return java.util.Arrays.stream(ApplicationStatus.values())
                .filter(s -> !s.isFinal())
                .flatMap(s -> byProviderAndStatus(providerCode, s).stream())
                .sorted(java.util.Comparator.comparing(LicenseApplication::deadline)
                        .thenComparing(LicenseApplication::number))
                .toList();
    }

    /** The next value of the application-number sequence. */
    long nextNumberSequence();

    /**
     * For the deadline timer: at most {@code limit} open applications (lowest id first) whose deadline mark is not the
     * one their due day gives today. The due day is the current step's deadline when it comes before the application's;
     * a due day before {@code today} gives OVERDUE, one from {@code today} to {@code nearingUntil} NEARING, a later one
     * ON_TRACK (an application never marked counts as on track). Only these are loaded: a year's open applications with
     * their documents do not fit in memory.
     */
    List<LicenseApplication> deadlineMarkCandidates(LocalDate today, LocalDate nearingUntil, int limit);

    /** Every application of a provider, decided or not (the SLA summary). */
    default List<LicenseApplication> byProvider(String providerCode) {
        return List.of();
    }

    /** The next number of a ministerial order (service 8's result), never reused. */
    long nextOrderSequence();
}

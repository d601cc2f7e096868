package kz.elicensing.domain.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.elicensing.domain.catalog.Operation;
import kz.elicensing.domain.party.ApplicantKind;
import kz.elicensing.domain.signature.SignerIdentity;
import kz.elicensing.domain.workflow.DeadlineMark;

/** Test fixture: applications kept in a map, with a ready-made application under its checks. */
public final class InMemoryApplications implements ApplicationRepository {
    private final Instant t0;

    public InMemoryApplications(Instant t0) {
        this.t0 = t0;
    }

    private final Map<String, LicenseApplication> byNumber = new HashMap<>();

    public LicenseApplication checking(String number) {
        SignerIdentity signer = new SignerIdentity(
                "900515300018", "150140000012", "СӘРСЕНБАЕВ НҰРЛАН", "CN=x", "CN=ca", "1", t0, t0.plusSeconds(86_400));
        ApplicationForm form = new ApplicationForm(
                "req-" + number,
                "SECURITY_ACTIVITY",
                Operation.ISSUE,
                null,
                "ru",
                ApplicantKind.LEGAL_ENTITY,
                "150140000012",
                "ТОО «Қорғау-Сервис»",
                "900515300018",
                List.of("GUARD"),
                "PAY-1",
                new BigDecimal("19660.00"),
                signer);
        LicenseApplication a = new LicenseApplication(
                number,
                new SignedApplication(form, new byte[] {1}, "<r/>"),
                "DP_ALMATY",
                "PORTAL",
                "m-" + number,
                t0,
                LocalDate.of(2026, 11, 23),
                LocalDate.of(2026, 12, 14));
        a.moveTo(ApplicationStatus.CHECKING, t0, ActorRole.SYSTEM, "E-licensing", null);
        a.takeNotices(); // the registration queued its notice
        add(a);
        return a;
    }

    @Override
    public void add(LicenseApplication application) {
        byNumber.put(application.number(), application);
    }

    @Override
    public Optional<LicenseApplication> byNumber(String number) {
        return Optional.ofNullable(byNumber.get(number));
    }

    @Override
    public Optional<LicenseApplication> byRequest(String applicantId, String requestId) {
        return byNumber.values().stream()
                .filter(a -> a.applicantId().equals(applicantId))
                .filter(a -> a.requestId().equals(requestId))
                .findFirst();
    }

    @Override
    public Optional<String> paidBy(String paymentReference) {
        return byNumber.values().stream()
                .filter(a -> paymentReference.equals(a.paidByReference()))
                .map(LicenseApplication::number)
                .findFirst();
    }

    @Override
    public List<LicenseApplication> byApplicant(String applicantId) {
        return List.copyOf(byNumber.values());
    }

    @Override
    public List<LicenseApplication> byProviderAndStatus(String providerCode, ApplicationStatus status) {
        return byNumber.values().stream()
                .filter(a -> a.providerCode().equals(providerCode) && a.status() == status)
                .toList();
    }

    @Override
    public long nextNumberSequence() {
        return byNumber.size() + 1;
    }

    @Override
    public long nextOrderSequence() {
        return 1;
    }

    @Override
    public List<LicenseApplication> deadlineMarkCandidates(LocalDate today, LocalDate nearingUntil, int limit) {
        return deadlineMarkCandidates(byNumber.values(), today, nearingUntil, limit);
    }

    /** JpaApplicationRepository's deadline query over a collection (JpaDeadlineCandidatesTest checks that one). */
    public static List<LicenseApplication> deadlineMarkCandidates(
            Collection<LicenseApplication> applications, LocalDate today, LocalDate nearingUntil, int limit) {
        return applications.stream()
                .filter(a -> !a.status().isFinal())
                .filter(a -> {
                    DeadlineMark due = a.dueDay().isBefore(today)
                            ? DeadlineMark.OVERDUE
                            : a.dueDay().isAfter(nearingUntil) ? DeadlineMark.ON_TRACK : DeadlineMark.NEARING;
                    return due != a.deadlineMark() && !(due == DeadlineMark.ON_TRACK && a.deadlineMark() == null);
                })
                .sorted(Comparator.comparing(LicenseApplication::number))
                .limit(limit)
                .toList();
    }
}

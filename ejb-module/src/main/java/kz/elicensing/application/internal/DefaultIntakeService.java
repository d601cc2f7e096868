package kz.elicensing.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.logging.Logger;
import kz.elicensing.application.ApplicationView;
import kz.elicensing.application.CheckKind;
import kz.elicensing.application.CheckQueue;
import kz.elicensing.application.IntakeService;
import kz.elicensing.application.Registration;
import kz.elicensing.domain.application.ActorRole;
import kz.elicensing.domain.application.ApplicationForm;
import kz.elicensing.domain.application.ApplicationNumber;
import kz.elicensing.domain.application.ApplicationRepository;
import kz.elicensing.domain.application.ApplicationStatus;
import kz.elicensing.domain.application.LicenseApplication;
import kz.elicensing.domain.application.SignedApplication;
import kz.elicensing.domain.application.SignedApplicationReader;
import kz.elicensing.domain.catalog.Catalog;
import kz.elicensing.domain.catalog.LicenseService;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.workflow.DeadlinePolicy;
import kz.elicensing.domain.workflow.WorkingDayCalendar;

/** Verifies a signed application, checks it against the catalog and the signer, stores it and queues its checks. */
@Stateless
public class DefaultIntakeService implements IntakeService {
    private static final Logger LOG = Logger.getLogger(DefaultIntakeService.class.getName());

    @Inject
    SignedApplicationReader reader;
    @Inject
    ApplicationRepository applications;
    @Inject
    Catalog catalog;
    @Inject
    CheckQueue checks;
    @Inject
    Clock clock;

    @Override
    public Registration submit(String senderId, String messageId, byte[] signedDocument) {
        Instant receivedAt = clock.instant();
        SignedApplication signed = reader.read(signedDocument, receivedAt);
        ApplicationForm form = signed.form();
        LicenseService service = catalog.service(form.serviceCode()).orElseThrow(() -> new ElicensingException(
                ErrorCode.SERVICE_NOT_IN_CATALOG, "no catalog service " + form.serviceCode(), form.serviceCode()));
        new IntakeRules().check(form, service);

        Optional<LicenseApplication> earlier = applications.byRequest(form.applicantId(), form.requestId());
        if (earlier.isPresent()) {
            LOG.info(() -> "request " + form.requestId() + " already registered as " + earlier.get().number());
            return new Registration(ApplicationView.of(earlier.get()), signed.validationReport());
        }
        DeadlinePolicy policy = new DeadlinePolicy(new WorkingDayCalendar(), clock);
        LocalDate registeredOn = policy.registrationDay(receivedAt);
        LocalDate deadline = policy.deadline(receivedAt, service.deadlineWorkingDays());
        String number = ApplicationNumber.of(registeredOn, applications.nextNumberSequence());
        LicenseApplication application = new LicenseApplication(number, signed, service.provider().code(), senderId,
                messageId, receivedAt, registeredOn, deadline);
        application.moveTo(ApplicationStatus.CHECKING, receivedAt, ActorRole.SYSTEM, "E-licensing", null);
        applications.add(application);
        checks.enqueue(number, CheckKind.LEGAL_ENTITY_REGISTRY);
        checks.enqueue(number, CheckKind.PAYMENT);
        LOG.info(() -> "registered " + number + " for " + form.applicantId() + " messageId=" + messageId);
        return new Registration(ApplicationView.of(application), signed.validationReport());
    }
}

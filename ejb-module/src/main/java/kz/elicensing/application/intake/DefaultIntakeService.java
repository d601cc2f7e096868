package kz.elicensing.application.intake;

import kz.elicensing.domain.application.IntakeRules;
import kz.elicensing.domain.licence.BaseLicenseRule;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import kz.elicensing.application.query.ApplicationView;
import kz.elicensing.application.check.CheckKind;
import kz.elicensing.application.check.CheckQueue;
import kz.elicensing.application.intake.IntakeService;
import kz.elicensing.application.intake.PaymentCheck;
import kz.elicensing.domain.payment.PaymentVerdict;
import kz.elicensing.application.intake.Registration;
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
import kz.elicensing.domain.catalog.ServiceOperation;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.licence.LicenseRepository;
import kz.elicensing.domain.workflow.Deadline;
import kz.elicensing.domain.workflow.DeadlinePolicy;
import kz.elicensing.domain.workflow.Procedure;
import kz.elicensing.domain.workflow.Term;
import kz.elicensing.domain.workflow.WorkingCalendars;

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
    @Inject
    WorkingCalendars calendars;
    @EJB
    PaymentCheck payments;
    @Inject
    LicenseRepository licenses;

    @Override
    public Registration submit(String senderId, String messageId, byte[] signedDocument) {
        Instant receivedAt = clock.instant();
        SignedApplication signed = reader.read(signedDocument, receivedAt);
        ApplicationForm form = signed.form();
        LicenseService service = catalog.service(form.serviceCode()).orElseThrow(() -> new ElicensingException(
                ErrorCode.SERVICE_NOT_IN_CATALOG, "no catalog service " + form.serviceCode(), form.serviceCode()));
        new IntakeRules().check(form, service);
        String base = BaseLicenseRule.required(form);
        BaseLicenseRule.check(form, base == null ? Optional.empty() : licenses.byNumber(base));

        Optional<LicenseApplication> earlier = applications.byRequest(form.applicantId(), form.requestId());
        if (earlier.isPresent()) {
            LOG.info(() -> "request " + form.requestId() + " already registered as " + earlier.get().number());
            return new Registration(ApplicationView.of(earlier.get()), signed.validationReport());
        }
        // condition 2 before process 9: the fee is paid before the application is registered (nothing stored if not)
        ServiceOperation operation = catalog.operation(service.code(), form.operation()).orElse(null);
        if (operation != null && !operation.enabled()) {
            throw new ElicensingException(ErrorCode.OPERATION_NOT_ALLOWED,
                    form.operation() + " is not offered for " + service.code());
        }
        BigDecimal fee = operation == null ? service.fee() : operation.fee();
        if (fee.signum() > 0) {
            PaymentVerdict verdict = payments.check(form.paymentReference(), fee, paymentMessageId(senderId, messageId));
            if (!verdict.paid()) {
                LOG.info(() -> "request " + form.requestId() + " of " + form.applicantId() + " refused before registration: "
                        + verdict.refusal());
                return Registration.refused(verdict.refusal(), signed.validationReport());
            }
        }
        // one calendar snapshot for both days; a year without a loaded calendar refuses (CALENDAR_NOT_LOADED)
        DeadlinePolicy policy = new DeadlinePolicy(calendars.current(), clock);
        Term term = operation == null ? service.term() : operation.term();
        Deadline deadline = policy.deadline(receivedAt, service.provider().registrationCutoff(), term);
        // a service with a procedure of its own (service 8): the application's deadline is its last step's
        Optional<Procedure> procedure = catalog.procedure(service.code());
        if (procedure.isPresent()) {
            deadline = new Deadline(deadline.registrationDay(),
                    procedure.get().outerDeadline(deadline.registrationDay(), policy));
        }
        String number = ApplicationNumber.of(deadline.registrationDay(), applications.nextNumberSequence());
        LicenseApplication application = new LicenseApplication(number, signed, service.provider().code(), senderId,
                messageId, receivedAt, deadline.registrationDay(), deadline.lastDay());
        application.moveTo(ApplicationStatus.CHECKING, receivedAt, ActorRole.SYSTEM, "E-licensing", null);
        application.confirmPayment(receivedAt);
        // the registry the catalog names for this applicant's kind (GBD FL, GBD UL, or none)
        Optional<CheckKind> registryCheck = CheckKind.forRegistry(service.registry().forApplicant(form.applicantKind()));
        if (registryCheck.isEmpty()) {
            application.confirmApplicant(receivedAt);
        }
        applications.add(application);
        registryCheck.ifPresent(kind -> checks.enqueue(number, kind));
        if (procedure.isPresent() && application.status() == ApplicationStatus.IN_REVIEW) {
            // step 1 (registration) is done now; the officers' first step starts with its own deadline
            Procedure p = procedure.get();
            application.enterStep(p.firstOfficerStep().code(), p.firstDeadline(deadline.registrationDay(), policy),
                    receivedAt, ActorRole.SYSTEM, "E-licensing", p.registration().code() + " done");
        }
        LOG.info(() -> "registered " + number + " for " + form.applicantId() + " messageId=" + messageId);
        return new Registration(ApplicationView.of(application), signed.validationReport());
    }

    /** The payment check's gateway messageId: the same for every resend of one message, so the gateway sees one request. */
    public static String paymentMessageId(String senderId, String messageId) {
        return UUID.nameUUIDFromBytes(("payment-check\n" + senderId + "\n" + messageId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}

package kz.elicensing.application.intake;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import kz.elicensing.application.check.CheckKind;
import kz.elicensing.application.check.CheckQueue;
import kz.elicensing.application.ops.LogSafe;
import kz.elicensing.application.query.ApplicationView;
import kz.elicensing.domain.application.ActorRole;
import kz.elicensing.domain.application.ApplicationForm;
import kz.elicensing.domain.application.ApplicationNumber;
import kz.elicensing.domain.application.ApplicationRepository;
import kz.elicensing.domain.application.ApplicationStatus;
import kz.elicensing.domain.application.Channel;
import kz.elicensing.domain.application.CheckedScan;
import kz.elicensing.domain.application.IntakeRules;
import kz.elicensing.domain.application.LicenseApplication;
import kz.elicensing.domain.application.PaymentReceipt;
import kz.elicensing.domain.catalog.Catalog;
import kz.elicensing.domain.catalog.LicenseService;
import kz.elicensing.domain.catalog.Operation;
import kz.elicensing.domain.catalog.Provider;
import kz.elicensing.domain.catalog.RegionalRouting;
import kz.elicensing.domain.catalog.ServiceOperation;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.evidence.Direction;
import kz.elicensing.domain.evidence.EvidenceKind;
import kz.elicensing.domain.evidence.EvidenceLog;
import kz.elicensing.domain.evidence.EvidenceRecord;
import kz.elicensing.domain.licence.BaseLicenseRule;
import kz.elicensing.domain.licence.LicenseRepository;
import kz.elicensing.domain.party.ApplicantKind;
import kz.elicensing.domain.payment.PaymentDue;
import kz.elicensing.domain.payment.PaymentRule;
import kz.elicensing.domain.payment.PaymentVerdict;
import kz.elicensing.domain.workflow.Deadline;
import kz.elicensing.domain.workflow.DeadlinePolicy;
import kz.elicensing.domain.workflow.Procedure;
import kz.elicensing.domain.workflow.Term;
import kz.elicensing.domain.workflow.WorkingCalendars;

/**
 * The registration sequence of both channels (Reg. 000 processes 6–9), once: catalog checks, the same request twice is
 * one application, the channel's own checks, the fee paid before anything is stored, number and deadline (a service
 * with a procedure of its own, service 8: its outer deadline and first officer step), store, the registry check queued
 * unless the channel already asked, and the channel's original document kept in the evidence log.
 * <p>
 * What legitimately differs between the portal (channel 1) and the officer (channel 2) is stated in {@link Submission}
 * and {@link Entry}, not in a second copy of the sequence.
 */
@Dependent
public class ApplicationRegistration {
    private static final Logger LOG = Logger.getLogger(ApplicationRegistration.class.getName());

    /** How a channel answers an application whose fee is not paid (nothing is stored either way). */
    public enum Unpaid {
        /** A business answer: {@link Registration#refused} with the payment's code (the portal's ShEP answer). */
        ANSWER,
        /** A fault with the payment's code (the officer's request: the page or the SOAP fault shows it). */
        FAULT
    }

    /**
     * One request to register, as its channel presents it.
     *
     * @param channel          PORTAL or OFFICER
     * @param actor            the sending system (portal) or the officer: who the payment check and the evidence name
     * @param messageId        the message (or page submission) that carried it; the payment check's id derives from it
     * @param receivedAt       when it arrived
     * @param signedForm       the applicant's signed form (portal): its signer and base license are checked; null for
     *                         an officer's entry
     * @param unpaid           how an unpaid fee is answered
     * @param ownProvider      an earlier registration of the same request must be this provider's (the officer's
     *                         office); null: any
     * @param applicantChecked true when the channel asked the registry already (walk-in): no registry check is queued
     * @param validationReport the signature's validation report, carried into the answer (null without a signature)
     * @param paymentReceipt   a scanned receipt instead of a gateway payment (Reg. 000 §2.2(6)), or null
     */
    public record Submission(
            Channel channel,
            String actor,
            String messageId,
            Instant receivedAt,
            String requestId,
            String serviceCode,
            Operation operation,
            ApplicantKind applicantKind,
            String applicantId,
            String paymentReference,
            ApplicationForm signedForm,
            Unpaid unpaid,
            String ownProvider,
            boolean applicantChecked,
            String validationReport,
            PaymentReceipt paymentReceipt) {
        public Submission {
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(unpaid, "unpaid");
        }

        /** A submission paid at the payment gateway. */
        public Submission(
                Channel channel,
                String actor,
                String messageId,
                Instant receivedAt,
                String requestId,
                String serviceCode,
                Operation operation,
                ApplicantKind applicantKind,
                String applicantId,
                String paymentReference,
                ApplicationForm signedForm,
                Unpaid unpaid,
                String ownProvider,
                boolean applicantChecked,
                String validationReport) {
            this(
                    channel,
                    actor,
                    messageId,
                    receivedAt,
                    requestId,
                    serviceCode,
                    operation,
                    applicantKind,
                    applicantId,
                    paymentReference,
                    signedForm,
                    unpaid,
                    ownProvider,
                    applicantChecked,
                    validationReport,
                    null);
        }
    }

    /** What the channel does at its two places in the sequence. */
    public interface Entry {

        /**
         * The channel's own checks once the request is known to be new and before the fee is asked (walk-in: paper
         * documents, scans, the applicant in the registry); refuses by throwing. Nothing is stored yet.
         */
        default void prepare(LicenseService service) {}

        /**
         * The application as the channel keeps it, registered with this number, deadline and the fee asked, for the
         * provider it goes to (a per-region service's: the region's own).
         */
        LicenseApplication open(
                String number, Deadline deadline, LicenseService service, Provider provider, BigDecimal fee);

        /** The channel's original document for the evidence log, or null when the message that carried it already is. */
        default byte[] evidence(LicenseApplication application) {
            return null;
        }
    }

    private final ApplicationRepository applications;
    private final Catalog catalog;
    private final LicenseRepository licenses;
    private final PaymentCheck payments;
    private final CheckQueue checks;
    private final WorkingCalendars calendars;
    private final EvidenceLog evidence;
    private final Clock clock;

    @Inject
    public ApplicationRegistration(
            ApplicationRepository applications,
            Catalog catalog,
            LicenseRepository licenses,
            PaymentCheck payments,
            CheckQueue checks,
            WorkingCalendars calendars,
            EvidenceLog evidence,
            Clock clock) {
        this.applications = applications;
        this.catalog = catalog;
        this.licenses = licenses;
        this.payments = payments;
        this.checks = checks;
        this.calendars = calendars;
        this.evidence = evidence;
        this.clock = clock;
    }

    /** Registers the submission, or answers why not; the same request again answers with the earlier application. */
    public Registration register(Submission s, Entry entry) {
        // the catalog: the service exists and takes this applicant (a signed form: its signer and its base license too)
        LicenseService service = catalog.service(s.serviceCode())
                .orElseThrow(() -> new ElicensingException(
                        ErrorCode.SERVICE_NOT_IN_CATALOG, "no catalog service " + s.serviceCode(), s.serviceCode()));
        // the provider: the region's own for a per-region service (the form's region; the officer's office), else
        // the service's one
        Provider provider;
        if (s.signedForm() != null) {
            ApplicationForm form = s.signedForm();
            IntakeRules rules = new IntakeRules();
            rules.check(form, service);
            // the catalog's content: its subtypes of the service, its documents of the service, operation and kind
            rules.checkSubtypes(form.activitySubtypes(), catalog.activitySubtypes(service.code()));
            rules.checkDocuments(
                    form.applicantKind(),
                    form.attachedDocuments(),
                    catalog.requiredDocuments(service.code(), form.operation()));
            provider = RegionalRouting.provider(
                    service, form.region(), region -> catalog.provider(service.code(), region));
            String base = BaseLicenseRule.required(form);
            BaseLicenseRule.check(form, base == null ? Optional.empty() : licenses.byNumber(base));
        } else {
            new IntakeRules().checkApplicantKind(s.applicantKind(), service);
            provider = s.ownProvider() == null
                    ? service.provider()
                    : catalog.providerByCode(s.ownProvider()).orElse(service.provider());
        }

        Optional<LicenseApplication> earlier = applications.byRequest(s.applicantId(), s.requestId());
        if (earlier.isPresent()) {
            return alreadyRegistered(earlier.get(), s);
        }
        entry.prepare(service);

        // condition 2 before process 9: the fee is paid before the application is registered (nothing stored if not)
        ServiceOperation operation =
                catalog.operation(service.code(), s.operation()).orElse(null);
        if (operation != null && !operation.enabled()) {
            throw new ElicensingException(
                    ErrorCode.OPERATION_NOT_ALLOWED, s.operation() + " is not offered for " + service.code());
        }
        BigDecimal fee = operation == null ? service.fee() : operation.fee();
        CheckedScan receipt = null;
        if (fee.signum() > 0) {
            PaymentDue due = new PaymentDue(s.applicantId(), fee, operation == null ? null : operation.budgetCode());
            // one payment pays for one application: a reference another application was paid by is refused first
            Optional<String> paidWith = applications.paidBy(s.paymentReference());
            if (paidWith.isPresent()) {
                // a copy of this very request under another messageId may have been registered since the look-up above
                Optional<LicenseApplication> meanwhile = applications.byRequest(s.applicantId(), s.requestId());
                if (meanwhile.isPresent()) {
                    return alreadyRegistered(meanwhile.get(), s);
                }
            }
            ErrorCode refusal = PaymentRule.alreadyUsed(paidWith);
            if (refusal == null && s.paymentReceipt() != null) {
                // a scanned receipt instead of the gateway: kept as a scan, the officer confirms it after registration
                receipt = s.paymentReceipt().checked();
                refusal = PaymentRule.receipt(
                        s.signedForm() == null ? null : s.signedForm().paymentAmount(), due);
            } else if (refusal == null) {
                PaymentVerdict verdict =
                        payments.check(s.paymentReference(), due, paymentMessageId(s.actor(), s.messageId()));
                refusal = verdict.refusal();
            }
            if (refusal != null) {
                String why = s.channel() + " request " + s.requestId() + " of " + s.applicantId() + " refused before"
                        + " registration: payment " + s.paymentReference() + " " + refusal;
                if (s.unpaid() == Unpaid.FAULT) {
                    throw new ElicensingException(refusal, why);
                }
                LOG.info(() -> LogSafe.of(why));
                return Registration.refused(refusal, s.validationReport());
            }
        }

        // one calendar snapshot for both days; a year without a loaded calendar refuses (CALENDAR_NOT_LOADED)
        DeadlinePolicy policy = new DeadlinePolicy(calendars.current(), clock);
        Term term = operation == null ? service.term() : operation.term();
        Deadline deadline = policy.deadline(s.receivedAt(), provider.registrationCutoff(), term);
        // a service with a procedure of its own (service 8): the application's deadline is its last step's
        Optional<Procedure> procedure = catalog.procedure(service.code());
        if (procedure.isPresent()) {
            deadline = new Deadline(
                    deadline.registrationDay(), procedure.get().outerDeadline(deadline.registrationDay(), policy));
        }
        String number = ApplicationNumber.of(deadline.registrationDay(), applications.nextNumberSequence());
        LicenseApplication application = entry.open(number, deadline, service, provider, fee);
        application.moveTo(ApplicationStatus.CHECKING, s.receivedAt(), ActorRole.SYSTEM, "E-licensing", null);
        if (fee.signum() > 0) {
            application.paidBy(s.paymentReference());
        }
        if (receipt != null) {
            application.awaitReceiptConfirmation(receipt, s.receivedAt());
        } else {
            application.confirmPayment(s.receivedAt());
        }
        // the registry the catalog names for this applicant's kind (GBD FL, GBD UL, or none), unless already asked
        Optional<CheckKind> registryCheck = s.applicantChecked()
                ? Optional.empty()
                : CheckKind.forRegistry(service.registry().forApplicant(s.applicantKind()));
        if (registryCheck.isEmpty()) {
            application.confirmApplicant(s.receivedAt());
        }
        applications.add(application);
        registryCheck.ifPresent(kind -> checks.enqueue(number, kind));
        byte[] original = entry.evidence(application);
        if (original != null) {
            evidence.append(List.of(new EvidenceRecord(
                    s.receivedAt(),
                    Direction.INTERNAL,
                    EvidenceKind.DOCUMENT,
                    evidenceChannel(s.channel()),
                    s.messageId(),
                    s.actor(),
                    number,
                    original)));
        }
        if (procedure.isPresent() && application.status() == ApplicationStatus.IN_REVIEW) {
            // step 1 (registration) is done now; the officers' first step starts with its own deadline
            Procedure p = procedure.get();
            application.enterStep(
                    p.firstOfficerStep().code(),
                    p.firstDeadline(deadline.registrationDay(), policy),
                    s.receivedAt(),
                    ActorRole.SYSTEM,
                    "E-licensing",
                    p.registration().code() + " done");
        }
        // what the registration told the applicant (registered; in review at once when no registry is asked)
        checks.queueNotices(application.number(), application.takeNotices());
        LOG.info(() -> s.channel() + " " + number + " registered for " + LogSafe.of(s.applicantId()) + " by "
                + LogSafe.of(s.actor()) + " messageId=" + LogSafe.of(s.messageId()));
        return new Registration(ApplicationView.of(application), s.validationReport());
    }

    /** The evidence log's channel of a registration's original document ({@code WALK_IN}: an officer's entry). */
    /** The receipt of the application this request was registered as before (its own provider's only). */
    private static Registration alreadyRegistered(LicenseApplication earlier, Submission s) {
        if (s.ownProvider() != null && !earlier.providerCode().equals(s.ownProvider())) {
            throw new ElicensingException(
                    ErrorCode.OPERATION_NOT_ALLOWED, "request " + s.requestId() + " is another provider's");
        }
        LOG.info(() -> "request " + LogSafe.of(s.requestId()) + " already registered as " + earlier.number());
        return new Registration(ApplicationView.of(earlier), s.validationReport());
    }

    static String evidenceChannel(Channel channel) {
        return channel == Channel.OFFICER ? "WALK_IN" : channel.name();
    }

    /** The payment check's gateway messageId: the same for every resend of one message, so the gateway sees one request. */
    public static String paymentMessageId(String actor, String messageId) {
        return UUID.nameUUIDFromBytes(("payment-check\n" + actor + "\n" + messageId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}

package kz.elicensing.application.decision;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import kz.elicensing.application.check.CheckKind;
import kz.elicensing.application.check.CheckQueue;
import kz.elicensing.application.officer.OfficerAccess;
import kz.elicensing.application.query.ApplicationView;
import kz.elicensing.domain.application.ActorRole;
import kz.elicensing.domain.application.ApplicationRepository;
import kz.elicensing.domain.application.ApplicationStatus;
import kz.elicensing.domain.application.LicenseApplication;
import kz.elicensing.domain.catalog.Catalog;
import kz.elicensing.domain.catalog.LicenseService;
import kz.elicensing.domain.catalog.Provider;
import kz.elicensing.domain.catalog.RefusalGround;
import kz.elicensing.domain.catalog.ResultKind;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.evidence.Direction;
import kz.elicensing.domain.evidence.EvidenceKind;
import kz.elicensing.domain.evidence.EvidenceLog;
import kz.elicensing.domain.evidence.EvidenceRecord;
import kz.elicensing.domain.licence.BaseLicenseRule;
import kz.elicensing.domain.licence.DocumentFactory;
import kz.elicensing.domain.licence.License;
import kz.elicensing.domain.licence.LicenseNumber;
import kz.elicensing.domain.licence.LicenseRepository;
import kz.elicensing.domain.officer.Officer;
import kz.elicensing.domain.officer.OfficerDirectory;
import kz.elicensing.domain.workflow.DeadlinePolicy;
import kz.elicensing.domain.workflow.Procedure;
import kz.elicensing.domain.workflow.ProcedureStep;
import kz.elicensing.domain.workflow.WorkingCalendars;

/**
 * Carries out an officer's decisions: prepares the approval (a numbered license, re-issue, duplicate or order) or the
 * motivated refusal for the licensor's authorized person to sign, issues it once the signature passes its checks;
 * retries failed checks; moves service 8's procedure on.
 */
@Stateless
public class DefaultDecisionService implements DecisionService {
    private static final Logger LOG = Logger.getLogger(DefaultDecisionService.class.getName());
    /** How long a prepared result may be signed; after that it is prepared again. */
    static final Duration PENDING_TIME = PendingResult.SIGNING_TIME;

    private static final String LICENSE_NUMBER = "licenseNumber";
    private static final String ORDER_NUMBER = "orderNumber";
    private static final String GROUND = "ground";
    private static final String COMMENT_RU = "commentRu";
    private static final String COMMENT_KZ = "commentKz";

    @Inject
    ApplicationRepository applications;

    @Inject
    LicenseRepository licenses;

    @Inject
    OfficerDirectory officers;

    @Inject
    Catalog catalog;

    @Inject
    DocumentFactory documents;

    @Inject
    EvidenceLog evidence;

    @Inject
    CheckQueue checks;

    @Inject
    Clock clock;

    @Inject
    WorkingCalendars calendars;

    @Inject
    PendingResults pending;

    @Inject
    ResultSignatures signatures;

    @Override
    public List<ApplicationView> awaitingDecision(String officer) {
        Officer me = officer(officer);
        return applications.byProviderAndStatus(me.providerCode(), ApplicationStatus.IN_REVIEW).stream()
                .filter(me::maySee)
                .map(ApplicationView::of)
                .toList();
    }

    @Override
    public List<ApplicationView> checksFailed(String officer) {
        Officer me = officer(officer);
        return applications.byProviderAndStatus(me.providerCode(), ApplicationStatus.CHECK_FAILED).stream()
                .filter(me::maySee)
                .map(ApplicationView::of)
                .toList();
    }

    @Override
    public void retryChecks(String applicationNumber, String officer) {
        LicenseApplication application =
                ownApplication(applicationNumber, officer, EnumSet.of(ApplicationStatus.CHECK_FAILED));
        application.retryChecks(clock.instant(), officer);
        checks.queueNotices(application.number(), application.takeNotices());
        if (!application.applicantConfirmed()) {
            LicenseService service = catalog.service(application.serviceCode()).orElseThrow();
            CheckKind.forRegistry(service.registry().forApplicant(application.applicantKind()))
                    .ifPresent(kind -> requeue(application, kind));
        }
        if (!application.paymentConfirmed() && !application.paymentToConfirm()) {
            requeue(application, CheckKind.PAYMENT);
        }
        LOG.info(() -> applicationNumber + " checks retried by " + officer + ", now " + application.status());
    }

    private void requeue(LicenseApplication application, CheckKind kind) {
        if (!checks.pending(application.number(), kind)) {
            checks.enqueue(application.number(), kind);
        }
    }

    @Override
    public PreparedResult approve(String applicationNumber, String officer) {
        LicenseApplication application =
                ownApplication(applicationNumber, officer, EnumSet.of(ApplicationStatus.IN_REVIEW));
        if (application.paymentToConfirm()) {
            // a scanned receipt (Reg. 000 §2.2(6)): confirmed by the officer first, or refused on its ground
            throw new ElicensingException(
                    ErrorCode.PAYMENT_NOT_CONFIRMED,
                    applicationNumber + ": the scanned payment receipt is not confirmed");
        }
        LicenseService service = catalog.service(application.serviceCode()).orElseThrow();
        Optional<Procedure> procedure = catalog.procedure(service.code());
        if (procedure.isPresent() && !procedure.get().isLast(application.currentStep())) {
            throw new ElicensingException(
                    ErrorCode.OPERATION_NOT_ALLOWED,
                    applicationNumber + " is at step " + application.currentStep() + ": the result is issued at step "
                            + procedure.get().last().code());
        }
        ResultKindToSign kind = service.resultKind() == ResultKind.ORDER
                ? ResultKindToSign.ORDER
                : application.operation() == kz.elicensing.domain.catalog.Operation.DUPLICATE
                        ? ResultKindToSign.DUPLICATE
                        : ResultKindToSign.LICENSE;
        Optional<PendingResult> same = samePending(application, kind, Map.of());
        if (same.isPresent()) {
            return view(same.get());
        }
        // kept to the millisecond, as the store keeps it: the license issued later carries the prepared document's time
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Map<String, String> parameters = new HashMap<>();
        byte[] document = switch (kind) {
            case ORDER -> {
                String orderNumber = Year.now(clock.withZone(DeadlinePolicy.ALMATY)) + "-"
                        + String.format("%06d", applications.nextOrderSequence());
                parameters.put(ORDER_NUMBER, orderNumber);
                yield documents.order(application, service, orderNumber, now);
            }
            case DUPLICATE -> documents.duplicate(baseInForce(application), application, service);
            default -> {
                LicenseNumber number = LicenseNumber.of(service.licenseSeries(), licenses.nextNumberSequence());
                parameters.put(LICENSE_NUMBER, number.value());
                yield documents.license(draft(application, service, number, now), application, service);
            }
        };
        return prepared(application, kind, document, parameters, officer, now);
    }

    /**
     * The license the application will be issued (a new one, or the re-issue of its base, the base left as it is), as
     * of {@code issuedAt}: built when prepared and again, identical, when the signed result is issued.
     */
    private License draft(
            LicenseApplication application, LicenseService service, LicenseNumber number, Instant issuedAt) {
        if (application.operation() == kz.elicensing.domain.catalog.Operation.REISSUE) {
            License license = License.draftReissueOf(
                    baseInForce(application),
                    number,
                    application.number(),
                    application.applicantId(),
                    application.applicantName(),
                    application.activitySubtypes(),
                    application.objects(),
                    issuedAt);
            application.registryExtract().ifPresent(license::describeHolder);
            return license;
        }
        License license = new License(
                number,
                application.number(),
                service.code(),
                application.providerCode(),
                application.applicantId(),
                application.applicantName(),
                issuedAt);
        // the holder is who the registry says, not the form's text (a differing name is in the application's history)
        application.registryExtract().ifPresent(license::describeHolder);
        license.cover(application.activitySubtypes(), application.objects(), issuedAt);
        return license;
    }

    /** A new number carrying the re-issue application's data; the base, still in force now, becomes REISSUED. */
    private License reissue(LicenseApplication application, LicenseNumber number, Instant issuedAt) {
        License license = License.reissueOf(
                baseInForce(application),
                number,
                application.number(),
                application.applicantId(),
                application.applicantName(),
                application.activitySubtypes(),
                application.objects(),
                issuedAt);
        application.registryExtract().ifPresent(license::describeHolder);
        return license;
    }

    /** The base of a re-issue or duplicate, checked again at the decision: it may have changed since registration. */
    private License baseInForce(LicenseApplication application) {
        Optional<License> found = licenses.byNumber(application.baseLicenseNumber());
        BaseLicenseRule.check(BaseLicenseRule.Claim.of(application), found);
        return found.orElseThrow();
    }

    @Override
    public Optional<PreparedResult> pending(String applicationNumber, String officer) {
        LicenseApplication application =
                ownApplication(applicationNumber, officer, EnumSet.allOf(ApplicationStatus.class));
        Instant now = clock.instant();
        return pending.bySubject(application.number())
                .filter(p -> p.openAt(now))
                .map(this::view);
    }

    @Override
    public IssuedResult sign(String token, byte[] signedXml, String officer) {
        Instant now = clock.instant();
        PendingResult prepared = (token == null ? Optional.<PendingResult>empty() : pending.byToken(token.strip()))
                .filter(p -> p.openAt(now))
                .orElseThrow(() -> new ElicensingException(
                        ErrorCode.RESULT_PREPARATION_UNKNOWN, "no prepared result " + token + " open now"));
        if (prepared.kind() == ResultKindToSign.LICENSE_ACT) {
            // the head's registry act: applied by the license registry (ResultSigning routes it there)
            throw new ElicensingException(
                    ErrorCode.RESULT_PREPARATION_UNKNOWN, token + " is a license act, not an application's result");
        }
        Set<ApplicationStatus> allowed = prepared.kind() == ResultKindToSign.REFUSAL
                ? EnumSet.of(ApplicationStatus.IN_REVIEW, ApplicationStatus.CHECK_FAILED)
                : EnumSet.of(ApplicationStatus.IN_REVIEW);
        LicenseApplication application = ownApplication(prepared.subject(), officer, allowed);
        LicenseService service = catalog.service(application.serviceCode()).orElseThrow();
        Provider licensor = catalog.providerByCode(application.providerCode()).orElse(service.provider());
        SignedResult signer = signatures.verify(signedXml, prepared, licensor.bin(), now);
        byte[] signed = signedXml.clone();
        String decidedBy = prepared.officer();
        String resultNumber = switch (prepared.kind()) {
            case LICENSE -> {
                LicenseNumber number = new LicenseNumber(prepared.parameter(LICENSE_NUMBER));
                License license = application.operation() == kz.elicensing.domain.catalog.Operation.REISSUE
                        ? reissue(application, number, prepared.preparedAt())
                        : draft(application, service, number, prepared.preparedAt());
                license.attachSignedDocument(signed);
                application.issue(signed, now, decidedBy);
                licenses.add(license);
                yield license.number();
            }
            case DUPLICATE -> {
                License original = baseInForce(application);
                original.addDuplicate(application.number(), now, signed);
                application.issue(signed, now, decidedBy);
                yield original.number();
            }
            case ORDER -> {
                application.issueOrder(signed, now, decidedBy);
                yield prepared.parameter(ORDER_NUMBER);
            }
            case REFUSAL -> {
                String ground = prepared.parameter(GROUND);
                application.refuseOnGround(
                        ground, signed, now, decidedBy, ground + ": " + prepared.parameter(COMMENT_RU));
                yield null;
            }
            case LICENSE_ACT -> throw new IllegalStateException("a license act is applied by the registry");
        };
        keep(application, decidedBy, now, signed);
        checks.queueNotices(application.number(), application.takeNotices());
        pending.remove(prepared.token());
        LOG.info(() -> application.number() + " " + prepared.kind() + (resultNumber == null ? "" : " " + resultNumber)
                + " decided by " + decidedBy + ", signed by IIN "
                + signer.person().iin() + " (certificate "
                + signer.certificateSerial() + "), submitted by " + officer);
        return new IssuedResult(
                application.number(),
                prepared.kind().name(),
                application.status().name(),
                resultNumber,
                signer.person().fullName(),
                signer.person().iin());
    }

    /** The open pending result of the application if it is this very decision (kind and parameters), else none. */
    private Optional<PendingResult> samePending(
            LicenseApplication application, ResultKindToSign kind, Map<String, String> parameters) {
        Instant now = clock.instant();
        Optional<PendingResult> existing = pending.bySubject(application.number());
        if (existing.isEmpty()) {
            return Optional.empty();
        }
        PendingResult p = existing.get();
        boolean same = p.kind() == kind
                && p.openAt(now)
                && parameters.entrySet().stream().allMatch(e -> e.getValue().equals(p.parameter(e.getKey())));
        if (same) {
            return existing;
        }
        // another decision (or an expired one) replaces it: its token is no longer accepted
        pending.remove(p.token());
        return Optional.empty();
    }

    private PreparedResult prepared(
            LicenseApplication application,
            ResultKindToSign kind,
            byte[] document,
            Map<String, String> parameters,
            String officer,
            Instant now) {
        PendingResult p = new PendingResult(
                UUID.randomUUID().toString(),
                application.number(),
                kind,
                application.providerCode(),
                document,
                parameters,
                officer,
                now,
                now.plus(PENDING_TIME));
        pending.add(p);
        LOG.info(() -> application.number() + " " + kind + " prepared by " + officer + " for signing");
        return view(p);
    }

    private PreparedResult view(PendingResult p) {
        return PreparedResult.of(
                p, catalog.providerByCode(p.providerCode()).map(Provider::bin).orElse(null));
    }

    @Override
    public Optional<ProcedureView> procedure(String serviceCode) {
        return catalog.procedure(serviceCode).map(ProcedureView::of);
    }

    @Override
    public void advance(String applicationNumber, String officer) {
        LicenseApplication application =
                ownApplication(applicationNumber, officer, EnumSet.of(ApplicationStatus.IN_REVIEW));
        Procedure procedure = catalog.procedure(application.serviceCode())
                .orElseThrow(() -> new ElicensingException(
                        ErrorCode.OPERATION_NOT_ALLOWED, application.serviceCode() + " has no procedure of steps"));
        String done = application.currentStep();
        ProcedureStep next = procedure.next(done);
        Instant now = clock.instant();
        DeadlinePolicy policy = new DeadlinePolicy(calendars.current(), clock);
        LocalDate ended = now.atZone(DeadlinePolicy.ALMATY).toLocalDate();
        application.enterStep(
                next.code(), procedure.deadline(next, ended, policy), now, ActorRole.OFFICER, officer, done + " done");
        LOG.info(() -> applicationNumber + " step " + done + " done by " + officer + ", now " + next.code());
    }

    @Override
    public List<RefusalGroundView> refusalGrounds(String applicationNumber, String officer) {
        LicenseApplication application =
                ownApplication(applicationNumber, officer, EnumSet.allOf(ApplicationStatus.class));
        return catalog.refusalGrounds(application.serviceCode()).stream()
                .map(RefusalGroundView::of)
                .toList();
    }

    @Override
    public PreparedResult refuse(
            String applicationNumber, String officer, String groundCode, String commentRu, String commentKz) {
        if (isBlank(commentRu) || isBlank(commentKz)) {
            throw new ElicensingException(ErrorCode.SCHEMA_VIOLATION, "a refusal needs its motivation in ru and kk");
        }
        LicenseApplication application = ownApplication(
                applicationNumber, officer, EnumSet.of(ApplicationStatus.IN_REVIEW, ApplicationStatus.CHECK_FAILED));
        catalog.procedure(application.serviceCode())
                .map(p -> p.find(application.currentStep()))
                .flatMap(step -> step)
                .filter(step -> !step.refusable())
                .ifPresent(step -> {
                    throw new ElicensingException(
                            ErrorCode.OPERATION_NOT_ALLOWED,
                            applicationNumber + " is at step " + step.code()
                                    + ", where the procedure allows no refusal");
                });
        RefusalGround ground = catalog.refusalGrounds(application.serviceCode()).stream()
                .filter(g -> g.code().equals(groundCode))
                .findFirst()
                .orElseThrow(() -> new ElicensingException(
                        ErrorCode.REFUSAL_GROUND_UNKNOWN,
                        "no refusal ground " + groundCode + " for " + application.serviceCode(),
                        groundCode));
        LicenseService service = catalog.service(application.serviceCode()).orElseThrow();
        Map<String, String> parameters =
                Map.of(GROUND, ground.code(), COMMENT_RU, commentRu.strip(), COMMENT_KZ, commentKz.strip());
        Optional<PendingResult> same = samePending(application, ResultKindToSign.REFUSAL, parameters);
        if (same.isPresent()) {
            return view(same.get());
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        byte[] document = documents.refusal(application, service, ground, commentRu.strip(), commentKz.strip(), now);
        return prepared(application, ResultKindToSign.REFUSAL, document, parameters, officer, now);
    }

    /** The signed decision, exactly as signed, into the evidence log in the decision's transaction. */
    private void keep(LicenseApplication application, String officer, Instant at, byte[] signed) {
        evidence.append(List.of(new EvidenceRecord(
                at,
                Direction.INTERNAL,
                EvidenceKind.DECISION,
                application.resultKind(),
                null,
                officer,
                application.number(),
                signed)));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private LicenseApplication ownApplication(String number, String officer, Set<ApplicationStatus> allowed) {
        // only the officer's own provider's applications, and of those the unassigned and their own (the head: all)
        Officer me = officer(officer);
        LicenseApplication application = applications
                .byNumber(number)
                .filter(me::maySee)
                .orElseThrow(() -> new ElicensingException(
                        ErrorCode.APPLICATION_NOT_FOUND,
                        "no application " + number + " visible to " + officer + " of " + me.providerCode(),
                        number));
        if (!allowed.contains(application.status())) {
            throw new ElicensingException(
                    ErrorCode.OPERATION_NOT_ALLOWED, number + " is " + application.status() + ", not " + allowed);
        }
        return application;
    }

    private Officer officer(String officer) {
        return OfficerAccess.officer(officers, officer);
    }
}

package kz.elicensing.application.decision;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

/** Carries out an officer's approval (a numbered, signed license in the registry), motivated refusal, or retry of failed checks. */
@Stateless
public class DefaultDecisionService implements DecisionService {
    private static final Logger LOG = Logger.getLogger(DefaultDecisionService.class.getName());

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
    public String approve(String applicationNumber, String officer) {
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
        Instant now = clock.instant();
        String result;
        if (service.resultKind() == ResultKind.ORDER) {
            result = issueOrder(application, service, officer, now);
        } else {
            result = switch (application.operation()) {
                case ISSUE -> issueLicense(application, service, officer, now);
                case REISSUE -> reissueLicense(application, service, officer, now);
                case DUPLICATE -> issueDuplicate(application, service, officer, now);
            };
        }
        checks.queueNotices(application.number(), application.takeNotices());
        return result;
    }

    private String issueLicense(LicenseApplication application, LicenseService service, String officer, Instant now) {
        LicenseNumber number = LicenseNumber.of(service.licenseSeries(), licenses.nextNumberSequence());
        License license = new License(
                number,
                application.number(),
                service.code(),
                application.providerCode(),
                application.applicantId(),
                application.applicantName(),
                now);
        // the holder is who the registry says, not the form's text (a differing name is in the application's history)
        application.registryExtract().ifPresent(license::describeHolder);
        license.cover(application.activitySubtypes(), application.objects(), now);
        return enter(license, application, service, officer, now);
    }

    /**
     * A new number carrying the re-issue application's data (holder, or the successor of a reorganisation; name;
     * subtypes; objects); the base, still in force now, becomes REISSUED and points to it.
     */
    private String reissueLicense(LicenseApplication application, LicenseService service, String officer, Instant now) {
        License base = baseInForce(application);
        LicenseNumber number = LicenseNumber.of(service.licenseSeries(), licenses.nextNumberSequence());
        License license = License.reissueOf(
                base,
                number,
                application.number(),
                application.applicantId(),
                application.applicantName(),
                application.activitySubtypes(),
                application.objects(),
                now);
        application.registryExtract().ifPresent(license::describeHolder);
        return enter(license, application, service, officer, now);
    }

    /** The same number and content, signed as a duplicate, kept with the original. */
    private String issueDuplicate(LicenseApplication application, LicenseService service, String officer, Instant now) {
        License original = baseInForce(application);
        byte[] signed = documents.signedDuplicate(original, application, service);
        original.addDuplicate(application.number(), now, signed);
        application.issue(signed, now, officer);
        keep(application, officer, now, signed);
        LOG.info(() -> application.number() + " approved by " + officer + ": duplicate of " + original.number());
        return original.number();
    }

    private String enter(
            License license, LicenseApplication application, LicenseService service, String officer, Instant now) {
        byte[] signed = documents.signedLicense(license, application, service);
        license.attachSignedDocument(signed);
        application.issue(signed, now, officer);
        licenses.add(license);
        keep(application, officer, now, signed);
        LOG.info(() -> application.number() + " approved by " + officer + ": license " + license.number());
        return license.number();
    }

    /** The base of a re-issue or duplicate, checked again at the decision: it may have changed since registration. */
    private License baseInForce(LicenseApplication application) {
        Optional<License> found = licenses.byNumber(application.baseLicenseNumber());
        BaseLicenseRule.check(BaseLicenseRule.Claim.of(application), found);
        return found.orElseThrow();
    }

    /** Service 8's result: a numbered, signed ministerial order to the applicant's cabinet; nothing enters the registry. */
    private String issueOrder(LicenseApplication application, LicenseService service, String officer, Instant now) {
        String orderNumber = Year.now(clock.withZone(DeadlinePolicy.ALMATY)) + "-"
                + String.format("%06d", applications.nextOrderSequence());
        byte[] signed = documents.signedOrder(application, service, orderNumber);
        application.issueOrder(signed, now, officer);
        keep(application, officer, now, signed);
        LOG.info(() -> application.number() + " order " + orderNumber + " issued by " + officer);
        return orderNumber;
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
    public void refuse(
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
        byte[] signed = documents.signedRefusal(application, service, ground, commentRu.strip(), commentKz.strip());
        Instant now = clock.instant();
        application.refuseOnGround(ground.code(), signed, now, officer, ground.code() + ": " + commentRu.strip());
        keep(application, officer, now, signed);
        checks.queueNotices(application.number(), application.takeNotices());
        LOG.info(() -> applicationNumber + " refused by " + officer + " on ground " + ground.code());
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

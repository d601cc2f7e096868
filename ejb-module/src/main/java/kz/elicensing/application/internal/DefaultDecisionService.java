package kz.elicensing.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import kz.elicensing.application.ApplicationView;
import kz.elicensing.application.CheckKind;
import kz.elicensing.application.CheckQueue;
import kz.elicensing.application.DecisionService;
import kz.elicensing.application.DocumentFactory;
import kz.elicensing.application.OfficerDirectory;
import kz.elicensing.domain.application.ActorRole;
import kz.elicensing.domain.application.ApplicationRepository;
import kz.elicensing.domain.application.ApplicationStatus;
import kz.elicensing.domain.application.LicenseApplication;
import kz.elicensing.domain.catalog.Catalog;
import kz.elicensing.domain.catalog.LicenseService;
import kz.elicensing.domain.catalog.RefusalGround;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.evidence.Direction;
import kz.elicensing.domain.evidence.EvidenceKind;
import kz.elicensing.domain.evidence.EvidenceLog;
import kz.elicensing.domain.evidence.EvidenceRecord;
import kz.elicensing.domain.licence.License;
import kz.elicensing.domain.licence.LicenseNumber;
import kz.elicensing.domain.licence.LicenseRepository;
import kz.elicensing.domain.party.Officer;

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

    @Override
    public List<ApplicationView> awaitingDecision(String officer) {
        Officer me = officer(officer);
        return applications.byProviderAndStatus(me.providerCode(), ApplicationStatus.IN_REVIEW).stream()
                .filter(me::maySee).map(ApplicationView::of).toList();
    }

    @Override
    public List<ApplicationView> checksFailed(String officer) {
        Officer me = officer(officer);
        return applications.byProviderAndStatus(me.providerCode(), ApplicationStatus.CHECK_FAILED).stream()
                .filter(me::maySee).map(ApplicationView::of).toList();
    }

    @Override
    public void retryChecks(String applicationNumber, String officer) {
        LicenseApplication application = ownApplication(applicationNumber, officer, EnumSet.of(ApplicationStatus.CHECK_FAILED));
        application.retryChecks(clock.instant(), officer);
        if (!application.applicantConfirmed()) {
            LicenseService service = catalog.service(application.serviceCode()).orElseThrow();
            CheckKind.forRegistry(service.registry().forApplicant(application.applicantKind()))
                    .ifPresent(kind -> requeue(application, kind));
        }
        if (!application.paymentConfirmed()) {
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
        LicenseApplication application = ownApplication(applicationNumber, officer, EnumSet.of(ApplicationStatus.IN_REVIEW));
        LicenseService service = catalog.service(application.serviceCode()).orElseThrow();
        Instant now = clock.instant();
        LicenseNumber number = LicenseNumber.of(service.licenseSeries(), licenses.nextNumberSequence());
        License license = new License(number, application.number(), service.code(), service.provider().code(),
                application.applicantId(), application.applicantName(), now);
        byte[] signed = documents.signedLicense(license, application, service);
        license.attachSignedDocument(signed);
        application.issue(signed, now, officer);
        licenses.add(license);
        keep(application, officer, now, signed);
        LOG.info(() -> applicationNumber + " approved by " + officer + ": license " + number);
        return number.value();
    }

    @Override
    public List<RefusalGround> refusalGrounds(String applicationNumber, String officer) {
        LicenseApplication application = ownApplication(applicationNumber, officer, EnumSet.allOf(ApplicationStatus.class));
        return catalog.refusalGrounds(application.serviceCode());
    }

    @Override
    public void refuse(String applicationNumber, String officer, String groundCode, String commentRu, String commentKz) {
        if (isBlank(commentRu) || isBlank(commentKz)) {
            throw new ElicensingException(ErrorCode.SCHEMA_VIOLATION, "a refusal needs its motivation in ru and kk");
        }
        LicenseApplication application = ownApplication(applicationNumber, officer,
                EnumSet.of(ApplicationStatus.IN_REVIEW, ApplicationStatus.CHECK_FAILED));
        RefusalGround ground = catalog.refusalGrounds(application.serviceCode()).stream()
                .filter(g -> g.code().equals(groundCode)).findFirst()
                .orElseThrow(() -> new ElicensingException(ErrorCode.REFUSAL_GROUND_UNKNOWN, "no refusal ground "
                        + groundCode + " for " + application.serviceCode(), groundCode));
        LicenseService service = catalog.service(application.serviceCode()).orElseThrow();
        byte[] signed = documents.signedRefusal(application, service, ground, commentRu.strip(), commentKz.strip());
        Instant now = clock.instant();
        application.refuseOnGround(ground.code(), signed, now, officer, ground.code() + ": " + commentRu.strip());
        keep(application, officer, now, signed);
        LOG.info(() -> applicationNumber + " refused by " + officer + " on ground " + ground.code());
    }

    /** The signed decision, exactly as signed, into the evidence log in the decision's transaction. */
    private void keep(LicenseApplication application, String officer, Instant at, byte[] signed) {
        evidence.append(List.of(new EvidenceRecord(at, Direction.INTERNAL, EvidenceKind.DECISION,
                application.resultKind(), null, officer, application.number(), signed)));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private LicenseApplication ownApplication(String number, String officer, Set<ApplicationStatus> allowed) {
        // only the officer's own provider's applications, and of those the unassigned and their own (the head: all)
        Officer me = officer(officer);
        LicenseApplication application = applications.byNumber(number)
                .filter(me::maySee)
                .orElseThrow(() -> new ElicensingException(ErrorCode.APPLICATION_NOT_FOUND,
                        "no application " + number + " visible to " + officer + " of " + me.providerCode(), number));
        if (!allowed.contains(application.status())) {
            throw new ElicensingException(ErrorCode.OPERATION_NOT_ALLOWED,
                    number + " is " + application.status() + ", not " + allowed);
        }
        return application;
    }

    private Officer officer(String officer) {
        return officers.officer(officer).orElseThrow(() -> new ElicensingException(ErrorCode.SENDER_NOT_ALLOWED,
                "user " + officer + " is not an officer of any provider"));
    }
}

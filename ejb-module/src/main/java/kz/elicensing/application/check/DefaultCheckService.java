package kz.elicensing.application.check;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import kz.elicensing.application.ops.LogSafe;
import kz.elicensing.domain.application.ActorRole;
import kz.elicensing.domain.application.ApplicationRepository;
import kz.elicensing.domain.application.Channel;
import kz.elicensing.domain.application.LicenseApplication;
import kz.elicensing.domain.application.RegisteredApplicantRule;
import kz.elicensing.domain.application.RegisteredApplicantRule.Confirmed;
import kz.elicensing.domain.application.RegisteredApplicantRule.Refused;
import kz.elicensing.domain.application.RegisteredApplicantRule.RefusedOnGround;
import kz.elicensing.domain.application.RegisteredApplicantRule.Undecided;
import kz.elicensing.domain.application.RegisteredApplicantRule.Verdict;
import kz.elicensing.domain.catalog.AutomaticResult;
import kz.elicensing.domain.catalog.AutomaticResultKind;
import kz.elicensing.domain.catalog.Catalog;
import kz.elicensing.domain.catalog.LicenseService;
import kz.elicensing.domain.catalog.RefusalGround;
import kz.elicensing.domain.catalog.RegistryStatus;
import kz.elicensing.domain.catalog.ServiceOperation;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.error.Messages;
import kz.elicensing.domain.evidence.Direction;
import kz.elicensing.domain.evidence.EvidenceKind;
import kz.elicensing.domain.evidence.EvidenceLog;
import kz.elicensing.domain.evidence.EvidenceRecord;
import kz.elicensing.domain.licence.DocumentFactory;
import kz.elicensing.domain.party.IndividualRecord;
import kz.elicensing.domain.party.IndividualRegistry;
import kz.elicensing.domain.party.LegalEntityRecord;
import kz.elicensing.domain.party.LegalEntityRegistry;
import kz.elicensing.domain.party.RegistryExtract;
import kz.elicensing.domain.payment.PaymentDue;
import kz.elicensing.domain.payment.PaymentGateway;
import kz.elicensing.domain.payment.PaymentNotice;
import kz.elicensing.domain.payment.PaymentNoticeRepository;
import kz.elicensing.domain.payment.PaymentRecord;
import kz.elicensing.domain.payment.PaymentRule;
import kz.elicensing.domain.payment.PaymentVerdict;

/** Asks the registry and the payment gateway about an application: on to review, a sealed refusal or an officer. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DefaultCheckService implements CheckService {
    private static final Logger LOG = Logger.getLogger(DefaultCheckService.class.getName());
    private static final String SYSTEM = "E-licensing";

    @Inject
    ApplicationRepository applications;

    @Inject
    Catalog catalog;

    @Inject
    LegalEntityRegistry legalEntities;

    @Inject
    IndividualRegistry individuals;

    @Inject
    PaymentGateway paymentGateway;

    @Inject
    PaymentNoticeRepository notices;

    @Inject
    DocumentFactory documents;

    @Inject
    EvidenceLog evidence;

    @Inject
    CheckQueue queue;

    @Inject
    Clock clock;

    @Override
    public void runCheck(String applicationNumber, CheckKind kind, String messageId) {
        LicenseApplication application = load(applicationNumber);
        if (application.status().isFinal()) {
            LOG.info(() -> applicationNumber + " is already " + application.status() + "; " + kind + " check dropped");
            return;
        }
        switch (kind) {
            case LEGAL_ENTITY_REGISTRY -> checkApplicant(application, messageId);
            case PAYMENT -> checkPayment(application, messageId);
            case INDIVIDUAL_REGISTRY -> checkIndividual(application, messageId);
            default -> throw new IllegalStateException("unknown check " + kind);
        }
        queue.queueNotices(application.number(), application.takeNotices());
    }

    @Override
    public void giveUp(String applicationNumber, CheckKind kind, String lastError) {
        LicenseApplication application = load(applicationNumber);
        application.checkFailed(clock.instant(), kind + ": " + LogSafe.of(lastError));
        queue.queueNotices(application.number(), application.takeNotices());
        LOG.warning(() -> applicationNumber + " " + kind + " check given up, application is " + application.status()
                + ": " + LogSafe.of(lastError));
    }

    /**
     * GBD UL decides, not the form: an absent entity is refused; one whose status the catalog does not call active is
     * refused on the catalog's ground; a signer who is not the leader GBD UL names (where the head must sign) is
     * refused SIGNER_MISMATCH; otherwise the registry's names, address and head are kept for the license.
     */
    private void checkApplicant(LicenseApplication application, String messageId) {
        Optional<LegalEntityRecord> entity = legalEntities.findByBin(application.applicantId(), messageId);
        if (entity.isEmpty()) {
            refuse(application, ErrorCode.APPLICANT_NOT_FOUND, null);
            return;
        }
        LicenseService service = service(application);
        Verdict verdict = new RegisteredApplicantRule()
                .check(
                        entity.get(),
                        catalog.registryStatus(entity.get().registrationStatus()),
                        catalog.refusalGrounds(service.code()),
                        application.channel() == Channel.PORTAL ? application.signerIin() : null,
                        service.signedByHead(),
                        application.applicantName());
        if (verdict instanceof Confirmed c) {
            application.confirmApplicant(c.extract(), clock.instant(), c.note());
        } else if (verdict instanceof Refused r) {
            refuse(application, r.code(), r.messageKey(), r.note());
        } else if (verdict instanceof RefusedOnGround g) {
            refuseOnGround(application, service, g);
        } else if (verdict instanceof Undecided u) {
            application.checkFailed(clock.instant(), u.note());
            LOG.warning(() -> application.number() + " left to an officer: " + LogSafe.of(u.note()));
        }
    }

    /** GBD FL: a person who is not there, or is recorded as deceased, is refused like an absent legal entity. */
    private void checkIndividual(LicenseApplication application, String messageId) {
        Optional<IndividualRecord> person = individuals.findByIin(application.applicantId(), messageId);
        if (person.isEmpty() || person.get().deceased()) {
            refuse(application, ErrorCode.APPLICANT_NOT_FOUND, person.isEmpty() ? null : "GBD FL: deceased");
        } else {
            RegistryExtract extract = RegistryExtract.of(person.get());
            application.confirmApplicant(
                    extract,
                    clock.instant(),
                    RegisteredApplicantRule.nameNote(extract, application.applicantName(), "GBD FL"));
        }
    }

    private void checkPayment(LicenseApplication application, String messageId) {
        Optional<PaymentRecord> payment =
                notices.byReference(application.paymentReference()).map(PaymentNotice::toRecord);
        if (payment.isEmpty()) {
            payment = paymentGateway.findPayment(application.paymentReference(), messageId);
        }
        LicenseService service = service(application);
        Optional<ServiceOperation> operation = catalog.operation(service.code(), application.operation());
        PaymentDue due = new PaymentDue(
                application.applicantId(),
                operation.map(ServiceOperation::fee).orElse(service.fee()),
                operation.map(ServiceOperation::budgetCode).orElse(null));
        PaymentVerdict verdict = PaymentRule.verdict(payment, due);
        if (verdict.paid()) {
            application.confirmPayment(clock.instant());
        } else {
            refuse(application, verdict.refusal(), null);
        }
    }

    private void refuse(LicenseApplication application, ErrorCode reason, String note) {
        refuse(application, reason, reason.messageKey(), note);
    }

    /** A signed refusal with a typed code; {@code messageKey} names its text in both languages. */
    private void refuse(LicenseApplication application, ErrorCode reason, String messageKey, String note) {
        if (awaitsOfficer(application, reason.name(), note)) {
            return;
        }
        Instant now = clock.instant();
        LicenseService service = service(application);
        byte[] refusal =
                documents.sealedRefusal(application, service, reason, Messages.ru(messageKey), Messages.kk(messageKey));
        application.refuse(reason, refusal, now, ActorRole.SYSTEM, SYSTEM, note);
        keep(application, now, refusal);
        LOG.info(() ->
                application.number() + " refused: " + reason + (note == null ? "" : " (" + LogSafe.of(note) + ")"));
    }

    /** A signed refusal on the catalog's ground, the registry's answer (BIN and status) as its comment in both languages. */
    private void refuseOnGround(LicenseApplication application, LicenseService service, RefusedOnGround verdict) {
        RefusalGround ground = verdict.ground();
        if (awaitsOfficer(application, ground.code(), verdict.note())) {
            return;
        }
        Instant now = clock.instant();
        RegistryStatus status = verdict.status();
        String bin = application.applicantId();
        byte[] refusal = documents.sealedRefusal(
                application,
                service,
                ground,
                Messages.ru("refusal.registry", bin, status.code(), status.nameRu()),
                Messages.kk("refusal.registry", bin, status.code(), status.nameKz()));
        String note = ground.code() + ": " + verdict.note();
        application.refuseOnGround(ground.code(), refusal, now, ActorRole.SYSTEM, SYSTEM, note);
        keep(application, now, refusal);
        LOG.info(() -> application.number() + " refused on ground " + LogSafe.of(note));
    }

    /**
     * An automatic result is given only where the catalog names it for the service (automatic_result: this reason of
     * an AUTOMATIC_REFUSAL), and is signed with the provider's system seal, never with a person's or the server's key.
     * Otherwise (not named, or a provider without a seal) the refusal waits for an officer (CHECK_FAILED, the reason in
     * the note), who prepares it for the authorized person to sign.
     */
    private boolean awaitsOfficer(LicenseApplication application, String reason, String note) {
        String why;
        if (!AutomaticResult.named(
                catalog.automaticResults(application.serviceCode()), AutomaticResultKind.AUTOMATIC_REFUSAL, reason)) {
            why = "the catalog names no automatic refusal " + reason + " for " + application.serviceCode();
        } else if (!documents.hasSeal(application.providerCode())) {
            why = application.providerCode() + " has no system seal";
        } else {
            return false;
        }
        application.checkFailed(
                clock.instant(),
                "automatic refusal " + reason + (note == null ? "" : " (" + LogSafe.of(note) + ")")
                        + " awaits an officer: " + why);
        LOG.warning(() -> application.number() + " automatic refusal " + reason + " awaits an officer: " + why);
        return true;
    }

    private void keep(LicenseApplication application, Instant now, byte[] refusal) {
        evidence.append(List.of(new EvidenceRecord(
                now,
                Direction.INTERNAL,
                EvidenceKind.DECISION,
                application.resultKind(),
                null,
                SYSTEM,
                application.number(),
                refusal)));
    }

    private LicenseService service(LicenseApplication application) {
        return catalog.service(application.serviceCode()).orElseThrow();
    }

    private LicenseApplication load(String number) {
        return applications
                .byNumber(number)
                .orElseThrow(() ->
                        new ElicensingException(ErrorCode.APPLICATION_NOT_FOUND, "no application " + number, number));
    }
}

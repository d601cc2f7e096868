package kz.elicensing.application.walkin;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import kz.elicensing.application.intake.ApplicationRegistration;
import kz.elicensing.application.intake.ApplicationRegistration.Submission;
import kz.elicensing.application.intake.ApplicationRegistration.Unpaid;
import kz.elicensing.application.query.ApplicationView;
import kz.elicensing.application.query.CaseView;
import kz.elicensing.application.sender.SenderScope;
import kz.elicensing.domain.application.ApplicationRepository;
import kz.elicensing.domain.application.Channel;
import kz.elicensing.domain.application.CheckedScan;
import kz.elicensing.domain.application.LicenseApplication;
import kz.elicensing.domain.application.ScanPolicy;
import kz.elicensing.domain.application.WalkInDocuments;
import kz.elicensing.domain.application.WalkInForm;
import kz.elicensing.domain.catalog.Catalog;
import kz.elicensing.domain.catalog.LicenseService;
import kz.elicensing.domain.catalog.Operation;
import kz.elicensing.domain.catalog.Provider;
import kz.elicensing.domain.catalog.RegistryKind;
import kz.elicensing.domain.catalog.RegistryStatus;
import kz.elicensing.domain.catalog.RequiredDocument;
import kz.elicensing.domain.catalog.ServiceOperation;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.licence.BaseLicenseRule;
import kz.elicensing.domain.licence.LicenseRepository;
import kz.elicensing.domain.officer.Assignment;
import kz.elicensing.domain.officer.Officer;
import kz.elicensing.domain.officer.OfficerDirectory;
import kz.elicensing.domain.party.ApplicantKind;
import kz.elicensing.domain.party.IdentificationNumber;
import kz.elicensing.domain.party.IndividualRecord;
import kz.elicensing.domain.party.IndividualRegistry;
import kz.elicensing.domain.party.LegalEntityRecord;
import kz.elicensing.domain.party.LegalEntityRegistry;
import kz.elicensing.domain.party.RegistryExtract;
import kz.elicensing.domain.workflow.Deadline;

/**
 * Channel 2: looks a walk-in applicant up in GBD FL / GBD UL through ShEP, registers the officer's application with
 * its paper documents and scans through the registration both channels share ({@link ApplicationRegistration}), lists an
 * officer's applications and carries out the head's assignments. Every rule on who sees what is enforced here.
 */
@Stateless
public class DefaultWalkInService implements WalkInService {
    private static final Logger LOG = Logger.getLogger(DefaultWalkInService.class.getName());
    private static final String OFFICER_ROLE = "officer";

    @Inject
    ApplicationRegistration registration;

    @Inject
    OfficerDirectory officers;

    @Inject
    Catalog catalog;

    @Inject
    IndividualRegistry individuals;

    @Inject
    LegalEntityRegistry legalEntities;

    @Inject
    ApplicationRepository applications;

    @Inject
    WalkInDocuments documents;

    @Inject
    LicenseRepository licenses;

    @Inject
    Clock clock;

    @Override
    public List<ServiceView> services(String officer) {
        Officer me = officer(officer);
        Optional<Provider> office = office(me);
        return catalog.services().stream()
                .filter(LicenseService::enabled)
                .filter(s -> !s.portalOnly())
                .filter(s -> catalog.provider(
                                s.code(), office.map(Provider::regionCode).orElse(null))
                        .map(p -> p.code().equals(me.providerCode()))
                        .orElse(false))
                .map(ServiceView::of)
                .toList();
    }

    @Override
    public List<ServiceOffer> offers(String officer) {
        return services(officer).stream()
                .map(s -> catalog.service(s.code()).orElseThrow())
                .map(s -> new ServiceOffer(
                        s.code(),
                        s.titleRu(),
                        s.titleKz(),
                        s.applicantKinds().stream().sorted().toList(),
                        java.util.Arrays.stream(Operation.values())
                                .filter(o -> catalog.operation(s.code(), o)
                                        .map(ServiceOperation::enabled)
                                        .orElse(false))
                                .map(o -> new ServiceOffer.OperationOffer(
                                        o,
                                        o != Operation.ISSUE,
                                        catalog.operation(s.code(), o)
                                                .map(ServiceOperation::fee)
                                                .orElse(null),
                                        catalog.requiredDocuments(s.code(), o).stream()
                                                .map(ServiceOffer.DocumentOffer::of)
                                                .toList()))
                                .toList()))
                .toList();
    }

    @Override
    public WalkInReceipt registerWithReceipt(String officer, WalkInRequest request, String messageId) {
        ApplicationView view = register(officer, request, messageId);
        LicenseService service = catalog.service(view.serviceCode()).orElseThrow();
        java.util.Map<String, WalkInRequest.ScanUpload> scanned = new java.util.LinkedHashMap<>();
        request.scans().forEach(u -> scanned.putIfAbsent(u.documentCode().strip(), u));
        Set<String> onPaper = request.presentedDocuments().stream()
                .filter(c -> c != null && !c.isBlank())
                .map(String::strip)
                .collect(Collectors.toSet());
        List<WalkInReceipt.Received> received =
                required(view.serviceCode(), view.operation(), request.applicantKind()).stream()
                        .filter(d -> onPaper.contains(d.code()) || scanned.containsKey(d.code()))
                        .map(d -> {
                            WalkInRequest.ScanUpload u = scanned.get(d.code());
                            return new WalkInReceipt.Received(
                                    d.code(),
                                    d.nameRu(),
                                    d.nameKz(),
                                    onPaper.contains(d.code()),
                                    u == null ? null : ScanView.check(d.code(), u.fileName(), u.content()));
                        })
                        .toList();
        return new WalkInReceipt(
                view.number(),
                service.code(),
                service.titleRu(),
                service.titleKz(),
                view.operation(),
                request.baseLicenseNumber(),
                view.applicantId(),
                view.applicantName(),
                request.paymentReference() == null
                        ? null
                        : request.paymentReference().strip(),
                view.receivedAt(),
                view.registeredOn(),
                view.deadline(),
                officer,
                received);
    }

    @Override
    public ApplicantData lookup(String officer, ApplicantLookup query) {
        Officer me = officer(officer);
        LicenseService service = serviceOfOffice(me, query.serviceCode(), query.operation(), query.applicantKind());
        return ask(service, query.operation(), query.applicantKind(), query.applicantId());
    }

    @Override
    public ApplicantData lookupBySystem(SenderScope sender, String officer, ApplicantLookup query) {
        return lookup(officerOfSystem(sender, officer, "ELICENSE_LookupApplicant"), query);
    }

    @Override
    public ApplicationView registerBySystem(
            SenderScope sender, String officer, WalkInRequest request, String messageId) {
        return register(officerOfSystem(sender, officer, "ELICENSE_RegisterWalkIn"), request, messageId);
    }

    /**
     * The officer a provider's office system names: the system is bound to exactly one provider, and the officer (an
     * officer or the head, not an administrator) works for it. Checked before anything is asked or stored.
     */
    private String officerOfSystem(SenderScope sender, String officer, String serviceId) {
        String provider = sender.walkInProvider()
                .orElseThrow(() -> new ElicensingException(
                        ErrorCode.SENDER_NOT_ALLOWED,
                        "sender " + sender.senderId() + " is not bound to exactly one provider: no walk-in over SOAP",
                        serviceId));
        boolean ours = officers.providerOf(officer)
                .filter(provider::equals)
                .flatMap(p -> officers.officer(officer))
                .map(o -> Officer.HEAD.equals(o.role()) || OFFICER_ROLE.equals(o.role()))
                .orElse(false);
        if (!ours) {
            throw new ElicensingException(
                    ErrorCode.OFFICER_NOT_ALLOWED,
                    "user " + officer + " is not an officer of " + provider + ", the provider of sender "
                            + sender.senderId());
        }
        return officer;
    }

    @Override
    public ApplicationView register(String officer, WalkInRequest request, String messageId) {
        Instant receivedAt = clock.instant();
        Officer me = officer(officer);
        LicenseService service =
                serviceOfOffice(me, request.serviceCode(), request.operation(), request.applicantKind());
        if (request.paymentReference() == null || request.paymentReference().isBlank()) {
            throw new ElicensingException(
                    ErrorCode.SCHEMA_VIOLATION, "a walk-in application needs the fee's receipt reference");
        }
        String requestId = request.requestId() == null || request.requestId().isBlank()
                ? "WALKIN-" + messageId
                : request.requestId().strip();
        String payment = request.paymentReference().strip();
        // the officer asked the registry (the applicant is checked), an unpaid fee is the officer's error (a fault),
        // a resend must be of the officer's own office, and the officer's entry is kept as the original document
        Submission submission = new Submission(
                Channel.OFFICER,
                officer,
                messageId,
                receivedAt,
                requestId,
                service.code(),
                request.operation(),
                request.applicantKind(),
                request.applicantId(),
                payment,
                null,
                Unpaid.FAULT,
                me.providerCode(),
                true,
                null);
        return registration
                .register(submission, new OfficerEntry(me, request, requestId, payment, receivedAt, messageId))
                .application();
    }

    /** The officer's part of the registration: paper documents, scans and the registry first; then the entry kept. */
    private final class OfficerEntry implements ApplicationRegistration.Entry {
        private final Officer me;
        private final WalkInRequest request;
        private final String requestId;
        private final String payment;
        private final Instant receivedAt;
        private final String messageId;
        private List<String> presented;
        private List<CheckedScan> scans;
        private ApplicantData applicant;
        private byte[] record;

        OfficerEntry(
                Officer me,
                WalkInRequest request,
                String requestId,
                String payment,
                Instant receivedAt,
                String messageId) {
            this.me = me;
            this.request = request;
            this.requestId = requestId;
            this.payment = payment;
            this.receivedAt = receivedAt;
            this.messageId = messageId;
        }

        @Override
        public void prepare(LicenseService service) {
            // a re-issue or duplicate: the base license in force, the applicant's own, of this service (no successor:
            // a reorganisation is named in the applicant's signed form only)
            BaseLicenseRule.Claim claim = new BaseLicenseRule.Claim(
                    request.operation(),
                    request.baseLicenseNumber(),
                    service.code(),
                    request.applicantKind(),
                    request.applicantId(),
                    null);
            String base = BaseLicenseRule.required(claim);
            BaseLicenseRule.check(claim, base == null ? Optional.empty() : licenses.byNumber(base));
            List<RequiredDocument> required = required(service.code(), request.operation(), request.applicantKind());
            presented = presented(required, request.presentedDocuments());
            scans = scans(required, request.scans());
            // the registry again, so the applicant's data are the registry's, not the client's
            applicant = ask(service, request.operation(), request.applicantKind(), request.applicantId());
            // a legal entity is licensed only while GBD UL records it in a status the catalog calls active
            if (applicant.registry() == RegistryKind.GBD_UL
                    && !catalog.registryStatus(applicant.registryStatus())
                            .map(RegistryStatus::active)
                            .orElse(false)) {
                throw new ElicensingException(
                        ErrorCode.APPLICANT_NOT_ACTIVE,
                        "GBD UL: " + request.applicantId() + " is " + applicant.registryStatus());
            }
        }

        @Override
        public LicenseApplication open(
                String number, Deadline deadline, LicenseService service, Provider provider, BigDecimal fee) {
            String language = "kk".equals(request.language()) ? "kk" : "ru";
            WalkInForm form = new WalkInForm(
                    requestId,
                    service.code(),
                    request.operation(),
                    language,
                    request.applicantKind(),
                    request.applicantId(),
                    "kk".equals(language) ? applicant.nameKz() : applicant.nameRu(),
                    payment,
                    fee,
                    presented,
                    request.baseLicenseNumber());
            record = documents.officerRecord(form, me.username(), me.providerCode(), receivedAt, scans);
            LicenseApplication application = LicenseApplication.walkIn(
                    number,
                    form,
                    me.providerCode(),
                    me.username(),
                    messageId,
                    receivedAt,
                    deadline.registrationDay(),
                    deadline.lastDay(),
                    record,
                    scans);
            if (applicant.registry() == RegistryKind.GBD_UL || applicant.registry() == RegistryKind.GBD_FL) {
                boolean entity = applicant.registry() == RegistryKind.GBD_UL;
                application.recordRegistry(new RegistryExtract(
                        applicant.nameRu(),
                        applicant.nameKz(),
                        applicant.address(),
                        applicant.leaderIin(),
                        applicant.leaderName(),
                        entity ? applicant.registryStatus() : null));
            }
            return application;
        }

        /** The officer's entry, as kept, into the evidence log with the registration (page and SOAP alike). */
        @Override
        public byte[] evidence(LicenseApplication application) {
            return record;
        }
    }

    @Override
    public List<CaseView> cases(String officer) {
        Officer me = officer(officer);
        return applications.openByProvider(me.providerCode()).stream()
                .filter(me::maySee)
                .map(CaseView::of)
                .toList();
    }

    @Override
    public List<OfficerView> colleagues(String officer) {
        return officers.ofProvider(officer(officer).providerCode()).stream()
                .map(OfficerView::of)
                .toList();
    }

    @Override
    public void assign(String head, String applicationNumber, String target) {
        Officer me = officer(head);
        LicenseApplication application = applications
                .byNumber(applicationNumber)
                .filter(a -> a.providerCode().equals(me.providerCode()))
                .orElseThrow(() -> new ElicensingException(
                        ErrorCode.APPLICATION_NOT_FOUND,
                        "no application " + applicationNumber + " of " + me.providerCode(),
                        applicationNumber));
        Officer to = target == null || target.isBlank()
                ? null
                : officers.officer(target.strip())
                        .orElseThrow(
                                () -> new ElicensingException(ErrorCode.OFFICER_NOT_ALLOWED, "no officer " + target));
        Assignment.check(me, to, application);
        application.assign(to == null ? null : to.username(), clock.instant(), head);
        LOG.info(() -> applicationNumber + " assigned by " + head + " to " + (to == null ? "nobody" : to.username()));
    }

    /** Asks the registry the catalog names for this applicant kind; not found (or deceased) is the regulation's message. */
    private ApplicantData ask(LicenseService service, Operation operation, ApplicantKind kind, String applicantId) {
        RegistryKind registry = service.registry().forApplicant(kind);
        List<ApplicantData.Document> required = required(service.code(), operation, kind).stream()
                .map(ApplicantData::of)
                .toList();
        String messageId = UUID.randomUUID().toString();
        try {
            if (kind == ApplicantKind.INDIVIDUAL) {
                IdentificationNumber.iin(applicantId);
            } else {
                IdentificationNumber.bin(applicantId);
            }
            if (registry == RegistryKind.GBD_FL) {
                Optional<IndividualRecord> person = individuals.findByIin(applicantId, messageId);
                if (person.isEmpty() || person.get().deceased()) {
                    throw notFound(registry, applicantId);
                }
                IndividualRecord p = person.get();
                return new ApplicantData(
                        kind,
                        applicantId,
                        registry,
                        p.fullName(),
                        p.fullName(),
                        p.regAddress(),
                        p.birthDate(),
                        p.lifeStatus() == null ? null : p.lifeStatus().nameRu(),
                        null,
                        null,
                        required);
            }
            if (registry == RegistryKind.GBD_UL) {
                Optional<LegalEntityRecord> entity = legalEntities.findByBin(applicantId, messageId);
                if (entity.isEmpty()) {
                    throw notFound(registry, applicantId);
                }
                LegalEntityRecord e = entity.get();
                return new ApplicantData(
                        kind,
                        applicantId,
                        registry,
                        e.fullNameRu(),
                        e.fullNameKz(),
                        e.address(),
                        null,
                        e.registrationStatus(),
                        e.leaderIin(),
                        e.leaderName(),
                        required);
            }
        } catch (ElicensingException e) {
            if (e.code() == ErrorCode.UPSTREAM_UNAVAILABLE) {
                throw ElicensingException.withMessage(
                        ErrorCode.UPSTREAM_UNAVAILABLE,
                        "walkin.upstream",
                        registry + " through ShEP: " + e.getMessage());
            }
            throw e;
        }
        // the catalog asks no registry: the officer's entry is all there is
        return new ApplicantData(
                kind, applicantId, registry, applicantId, applicantId, null, null, null, null, null, required);
    }

    private static ElicensingException notFound(RegistryKind registry, String applicantId) {
        return ElicensingException.withMessage(
                ErrorCode.APPLICANT_NOT_FOUND,
                "walkin.notFound." + registry,
                applicantId + " is not in " + registry + " (or not alive)");
    }

    private List<RequiredDocument> required(String serviceCode, Operation operation, ApplicantKind kind) {
        return catalog.requiredDocuments(serviceCode, operation).stream()
                .filter(d -> d.appliesTo(kind))
                .toList();
    }

    /** Every mandatory document must be marked; a code the catalog does not list for this application is bad input. */
    private static List<String> presented(List<RequiredDocument> required, List<String> marked) {
        Set<String> known = required.stream().map(RequiredDocument::code).collect(Collectors.toSet());
        Set<String> given = new LinkedHashSet<>();
        for (String code : marked) {
            if (code == null || code.isBlank()) {
                continue;
            }
            if (!known.contains(code.strip())) {
                throw new ElicensingException(ErrorCode.SCHEMA_VIOLATION, "document " + code + " is not required here");
            }
            given.add(code.strip());
        }
        List<RequiredDocument> missing = required.stream()
                .filter(RequiredDocument::mandatory)
                .filter(d -> !given.contains(d.code()))
                .toList();
        if (!missing.isEmpty()) {
            throw ElicensingException.withMessage(
                    ErrorCode.DOCUMENTS_INCOMPLETE,
                    "walkin.documentsIncomplete",
                    "not marked as presented: "
                            + missing.stream().map(RequiredDocument::code).toList(),
                    missing.stream().map(RequiredDocument::code).collect(Collectors.joining(", ")));
        }
        return new ArrayList<>(given);
    }

    private static List<CheckedScan> scans(List<RequiredDocument> required, List<WalkInRequest.ScanUpload> uploads) {
        if (uploads.size() > ScanPolicy.MAX_SCANS) {
            throw new ElicensingException(
                    ErrorCode.SCAN_REJECTED,
                    uploads.size() + " scans, at most " + ScanPolicy.MAX_SCANS,
                    uploads.size());
        }
        Set<String> known = required.stream().map(RequiredDocument::code).collect(Collectors.toSet());
        List<CheckedScan> checked = new ArrayList<>();
        for (WalkInRequest.ScanUpload upload : uploads) {
            String code = upload.documentCode() == null || upload.documentCode().isBlank()
                    ? null
                    : upload.documentCode().strip();
            if (code == null || (!known.isEmpty() && !known.contains(code))) {
                throw new ElicensingException(ErrorCode.SCHEMA_VIOLATION, "scan of unknown document " + code);
            }
            checked.add(ScanPolicy.check(code, upload.fileName(), upload.content()));
        }
        return checked;
    }

    /**
     * The service, if it is not portal-only (service 8), the officer's office provides it, offers the operation (issue,
     * re-issue or duplicate) and takes this applicant kind.
     */
    private LicenseService serviceOfOffice(Officer me, String serviceCode, Operation operation, ApplicantKind kind) {
        if (serviceCode == null || operation == null || kind == null) {
            throw new ElicensingException(
                    ErrorCode.SCHEMA_VIOLATION, "service, operation and applicant kind are required");
        }
        LicenseService service = catalog.service(serviceCode)
                .filter(LicenseService::enabled)
                .orElseThrow(() -> new ElicensingException(
                        ErrorCode.SERVICE_NOT_IN_CATALOG, "no catalog service " + serviceCode, serviceCode));
        if (service.portalOnly()) {
            throw new ElicensingException(
                    ErrorCode.PORTAL_ONLY_SERVICE,
                    serviceCode + " is provided only through the portal, not at the office",
                    serviceCode);
        }
        String region = office(me).map(Provider::regionCode).orElse(null);
        boolean ours = catalog.provider(serviceCode, region)
                .map(p -> p.code().equals(me.providerCode()))
                .orElse(false);
        if (!ours) {
            throw new ElicensingException(
                    ErrorCode.OFFICER_NOT_ALLOWED,
                    me.username() + " of " + me.providerCode() + " does not provide " + serviceCode);
        }
        boolean offered = catalog.operation(serviceCode, operation)
                .map(ServiceOperation::enabled)
                .orElse(false);
        if (!offered) {
            throw new ElicensingException(
                    ErrorCode.OPERATION_NOT_ALLOWED,
                    operation + " of " + serviceCode + " is not offered through the officer channel");
        }
        if (!service.accepts(kind)) {
            throw new ElicensingException(
                    ErrorCode.OPERATION_NOT_ALLOWED,
                    serviceCode + " is for " + service.applicantKinds() + ", not " + kind);
        }
        return service;
    }

    private Optional<Provider> office(Officer me) {
        return catalog.providers().stream()
                .filter(p -> p.code().equals(me.providerCode()))
                .findFirst();
    }

    private Officer officer(String username) {
        return officers.officer(username)
                .orElseThrow(() -> new ElicensingException(
                        ErrorCode.OFFICER_NOT_ALLOWED, "user " + username + " is not an officer of any provider"));
    }
}

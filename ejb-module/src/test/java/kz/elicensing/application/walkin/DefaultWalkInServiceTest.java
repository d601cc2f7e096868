package kz.elicensing.application.walkin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.elicensing.application.check.CheckKind;
import kz.elicensing.application.check.CheckQueue;
import kz.elicensing.application.intake.ApplicationRegistration;
import kz.elicensing.application.intake.PaymentCheck;
import kz.elicensing.application.query.ApplicationView;
import kz.elicensing.application.sender.SenderKind;
import kz.elicensing.application.sender.SenderScope;
import kz.elicensing.domain.application.ApplicationStatus;
import kz.elicensing.domain.application.Channel;
import kz.elicensing.domain.application.InMemoryApplications;
import kz.elicensing.domain.application.LicenseApplication;
import kz.elicensing.domain.catalog.Catalog;
import kz.elicensing.domain.catalog.LicenseService;
import kz.elicensing.domain.catalog.Operation;
import kz.elicensing.domain.catalog.Provider;
import kz.elicensing.domain.catalog.RequiredDocument;
import kz.elicensing.domain.catalog.ServiceOperation;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.licence.License;
import kz.elicensing.domain.licence.LicenseNumber;
import kz.elicensing.domain.licence.LicenseRepository;
import kz.elicensing.domain.officer.Officer;
import kz.elicensing.domain.officer.OfficerDirectory;
import kz.elicensing.domain.party.ApplicantKind;
import kz.elicensing.domain.party.IndividualRecord;
import kz.elicensing.domain.party.LegalEntityRecord;
import kz.elicensing.domain.payment.PaymentRecord;
import kz.elicensing.domain.payment.PaymentVerdict;
import kz.elicensing.domain.workflow.StatutoryCalendar;
import kz.elicensing.domain.workflow.Term;
import kz.elicensing.domain.workflow.WorkingCalendars;
import kz.elicensing.domain.workflow.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

/** The walk-in use case: the registry decides who the applicant is; paper documents, scans and offices are checked. */
class DefaultWalkInServiceTest {
    static final Instant MONDAY_10_ALMATY = Instant.parse("2026-11-23T05:00:00Z");
    static final String BIN = "150140000012";
    static final String IIN = "751102300459";
    static final byte[] PDF = "%PDF-1.7\n%%EOF".getBytes();
    /** A walk-in is an issue: no base license is ever looked up. */
    static final LicenseRepository NO_LICENSES = (LicenseRepository) Proxy.newProxyInstance(
            LicenseRepository.class.getClassLoader(), new Class<?>[] {LicenseRepository.class}, (proxy, m, args) -> {
                throw new AssertionError("no license asked for a walk-in issue: " + m.getName());
            });

    final InMemoryApplications applications = new InMemoryApplications(Instant.parse("2026-11-23T05:00:00Z"));
    final List<String> asked = new ArrayList<>();
    final DefaultWalkInService walkIn = new DefaultWalkInService();
    final kz.elicensing.domain.evidence.InMemoryEvidenceLog evidence =
            new kz.elicensing.domain.evidence.InMemoryEvidenceLog();
    Optional<LegalEntityRecord> entity = Optional.of(new LegalEntityRecord(
            BIN,
            "ACTIVE",
            "ТОО «Қорғау-Сервис»",
            "«Қорғау-Сервис» ЖШС",
            "900515300018",
            "СӘРСЕНБАЕВ НҰРЛАН ҚАЙРАТҰЛЫ",
            "Алматы"));
    Optional<IndividualRecord> person = Optional.empty();
    RuntimeException registryDown;
    final java.util.Map<String, License> licensesByNumber = new java.util.HashMap<>();
    final LicenseService trainingCenter;

    DefaultWalkInServiceTest() {
        Provider dp = new Provider("DP_ALMATY", "120340000054", "ДП г. Алматы", "Алматы ҚПД");
        LicenseService security = new LicenseService(
                "SECURITY_ACTIVITY",
                "Охранная деятельность",
                "Күзет қызметі",
                dp,
                ApplicantKind.LEGAL_ENTITY,
                true,
                new BigDecimal("19660.00"),
                15,
                "LAA");
        LicenseService bailiff = new LicenseService(
                "PRIVATE_BAILIFF",
                "ЧСИ",
                "ЖСО",
                dp,
                ApplicantKind.INDIVIDUAL,
                false,
                new BigDecimal("19660.00"),
                15,
                "JUS");
        trainingCenter = new LicenseService(
                "TRAINING_CENTER",
                "Учебный центр",
                "Оқу орталығы",
                dp,
                ApplicantKind.LEGAL_ENTITY,
                true,
                BigDecimal.ZERO,
                21,
                "TRC");
        try {
            var f = LicenseService.class.getDeclaredField("portalOnly");
            f.setAccessible(true);
            f.setBoolean(trainingCenter, true);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        List<RequiredDocument> docs = List.of(
                new RequiredDocument("CHARTER", "Устав", "Жарғы", true, ApplicantKind.LEGAL_ENTITY),
                new RequiredDocument("STAFF_LIST", "Работники", "Қызметкерлер", false, null));
        walkIn.catalog = (Catalog) Proxy.newProxyInstance(
                Catalog.class.getClassLoader(),
                new Class<?>[] {Catalog.class},
                (proxy, m, args) -> switch (m.getName()) {
                    case "service" ->
                        switch ((String) args[0]) {
                            case "SECURITY_ACTIVITY" -> Optional.of(security);
                            case "PRIVATE_BAILIFF" -> Optional.of(bailiff);
                            case "TRAINING_CENTER" -> Optional.of(trainingCenter);
                            default -> Optional.empty();
                        };
                    case "services" -> List.of(security, trainingCenter);
                    case "operation" ->
                        Optional.of(new ServiceOperation(
                                (String) args[0],
                                (Operation) args[1],
                                true,
                                Term.workingDays(15),
                                new BigDecimal("19660.00")));
                    case "requiredDocuments" -> docs;
                    case "provider" -> Optional.of(dp);
                    case "providers" -> List.of(dp);
                    case "providerByCode" -> dp.code().equals(args[0]) ? Optional.of(dp) : Optional.empty();
                    case "procedure" -> Optional.empty();
                    case "registryStatus" ->
                        Optional.of(new kz.elicensing.domain.catalog.RegistryStatus(
                                (String) args[0],
                                "ACTIVE".equals(args[0]),
                                "APPLICANT_LIQUIDATED",
                                (String) args[0],
                                (String) args[0]));
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        walkIn.officers = new OfficerDirectory() {
            @Override
            public Optional<String> providerOf(String username) {
                return officer(username).map(Officer::providerCode);
            }

            @Override
            public Optional<Officer> officer(String username) {
                return switch (username) {
                    case "officer1" -> Optional.of(new Officer("officer1", "O1", "DP_ALMATY", "officer"));
                    case "head1" -> Optional.of(new Officer("head1", "H1", "DP_ALMATY", "head"));
                    case "agri1" -> Optional.of(new Officer("agri1", "A1", "AGRI_ALMATY_REGION", "officer"));
                    default -> Optional.empty();
                };
            }
        };
        walkIn.legalEntities = (bin, messageId) -> {
            if (registryDown != null) {
                throw registryDown;
            }
            return entity;
        };
        walkIn.individuals = (iin, messageId) -> person;
        walkIn.applications = applications;
        walkIn.licenses = new LicenseRepository() {
            @Override
            public void add(License license) {
                licensesByNumber.put(license.number(), license);
            }

            @Override
            public Optional<License> byNumber(String number) {
                return Optional.ofNullable(licensesByNumber.get(number));
            }

            @Override
            public long nextNumberSequence() {
                return licensesByNumber.size() + 1;
            }
        };
        PaymentCheck payments = (reference, due, messageId) -> {
            asked.add(reference + " " + messageId);
            return "PAY-NONE".equals(reference)
                    ? new PaymentVerdict(null, ErrorCode.PAYMENT_NOT_FOUND)
                    : new PaymentVerdict(
                            new PaymentRecord(reference, BIN, due.fee(), "105402", MONDAY_10_ALMATY), null);
        };
        walkIn.documents =
                (form, officer, provider, at, scans) -> ("<WalkInApplication officer='" + officer + "'/>").getBytes();
        WorkingDayCalendar calendar = new WorkingDayCalendar(List.of(
                StatutoryCalendar.year(Year.of(2026), LocalDate.of(2026, 5, 27)),
                StatutoryCalendar.year(Year.of(2027), LocalDate.of(2027, 5, 16))));
        WorkingCalendars calendars = new WorkingCalendars() {
            @Override
            public WorkingDayCalendar current() {
                return calendar;
            }

            @Override
            public void reload() {}
        };
        walkIn.clock = Clock.fixed(MONDAY_10_ALMATY, ZoneOffset.UTC);
        CheckQueue noChecks = new CheckQueue() {
            @Override
            public void enqueue(String applicationNumber, CheckKind kind) {
                throw new AssertionError("a walk-in's applicant is asked of the registry before registration");
            }

            @Override
            public boolean pending(String applicationNumber, CheckKind kind) {
                return false;
            }

            @Override
            public void enqueueNotice(
                    String applicationNumber,
                    kz.elicensing.domain.application.ApplicantNotice notice,
                    java.time.Instant at) {}
        };
        walkIn.registration = new ApplicationRegistration(
                applications, walkIn.catalog, NO_LICENSES, payments, noChecks, calendars, evidence, walkIn.clock);
    }

    WalkInRequest request(List<String> docs, List<WalkInRequest.ScanUpload> scans) {
        return new WalkInRequest(
                "walk-1",
                "SECURITY_ACTIVITY",
                Operation.ISSUE,
                ApplicantKind.LEGAL_ENTITY,
                BIN,
                "PAY-1",
                docs,
                scans,
                "ru");
    }

    @Test
    void anUnpaidWalkInIsRefusedBeforeRegistration() {
        WalkInRequest unpaid = new WalkInRequest(
                "walk-2",
                "SECURITY_ACTIVITY",
                Operation.ISSUE,
                ApplicantKind.LEGAL_ENTITY,
                BIN,
                "PAY-NONE",
                List.of("CHARTER"),
                List.of(new WalkInRequest.ScanUpload("CHARTER", "charter.pdf", PDF)),
                "ru");
        ElicensingException e =
                assertThrows(ElicensingException.class, () -> walkIn.register("officer1", unpaid, "m-2"));
        assertEquals(ErrorCode.PAYMENT_NOT_FOUND, e.code());
        assertTrue(applications.byApplicant(BIN).isEmpty(), "nothing stored");
    }

    WalkInRequest onBase(String requestId, Operation operation, String base) {
        return new WalkInRequest(
                requestId,
                "SECURITY_ACTIVITY",
                operation,
                ApplicantKind.LEGAL_ENTITY,
                BIN,
                "PAY-" + requestId,
                List.of("CHARTER"),
                List.of(),
                "ru",
                base);
    }

    License licenseOf(String holder, long sequence) {
        License l = new License(
                LicenseNumber.of("LAA", sequence),
                "EL-2026-0000000" + sequence,
                "SECURITY_ACTIVITY",
                "DP_ALMATY",
                holder,
                "ТОО",
                MONDAY_10_ALMATY.minusSeconds(86_400));
        licensesByNumber.put(l.number(), l);
        return l;
    }

    @Test
    void theWalkInRegistersAReissueAndADuplicateNamingTheBaseLicense() {
        License own = licenseOf(BIN, 1);
        ApplicationView reissue = walkIn.register("officer1", onBase("w-re", Operation.REISSUE, own.number()), "m-r");
        ApplicationView duplicate =
                walkIn.register("officer1", onBase("w-dup", Operation.DUPLICATE, own.number()), "m-d");
        LicenseApplication r = applications.byNumber(reissue.number()).orElseThrow();
        assertEquals(Operation.REISSUE, r.operation());
        assertEquals(own.number(), r.baseLicenseNumber());
        assertEquals(ApplicationStatus.IN_REVIEW, r.status());
        assertEquals(
                own.number(),
                applications.byNumber(duplicate.number()).orElseThrow().baseLicenseNumber());
    }

    @Test
    void aWalkInReissueOfAnotherHoldersOrAnUnnamedLicenseIsRefusedAndNothingStored() {
        License others = licenseOf("160240000018", 2);
        assertEquals(
                ErrorCode.OPERATION_NOT_ALLOWED,
                assertThrows(
                                ElicensingException.class,
                                () -> walkIn.register(
                                        "officer1", onBase("w-x", Operation.REISSUE, others.number()), "m-x"))
                        .code());
        assertEquals(
                ErrorCode.SCHEMA_VIOLATION,
                assertThrows(
                                ElicensingException.class,
                                () -> walkIn.register("officer1", onBase("w-y", Operation.DUPLICATE, null), "m-y"))
                        .code());
        assertEquals(
                ErrorCode.LICENSE_NOT_FOUND,
                assertThrows(
                                ElicensingException.class,
                                () -> walkIn.register(
                                        "officer1",
                                        onBase(
                                                "w-z",
                                                Operation.DUPLICATE,
                                                LicenseNumber.of("LAA", 99).value()),
                                        "m-z"))
                        .code());
        assertTrue(applications.byApplicant(BIN).isEmpty(), "nothing stored");
        assertTrue(asked.isEmpty(), "no payment asked for a refused base");
    }

    @Test
    void service8IsPortalOnlyAndTheWalkInRefusesItWithItsOwnCode() {
        assertEquals(
                List.of("SECURITY_ACTIVITY"),
                walkIn.services("officer1").stream().map(ServiceView::code).toList(),
                "service 8 is not offered at the office");
        WalkInRequest training = new WalkInRequest(
                "w-8",
                "TRAINING_CENTER",
                Operation.ISSUE,
                ApplicantKind.LEGAL_ENTITY,
                BIN,
                "PAY-8",
                List.of(),
                List.of(),
                "ru");
        ElicensingException e =
                assertThrows(ElicensingException.class, () -> walkIn.register("officer1", training, "m-8"));
        assertEquals(ErrorCode.PORTAL_ONLY_SERVICE, e.code());
        assertEquals(
                ErrorCode.PORTAL_ONLY_SERVICE,
                assertThrows(
                                ElicensingException.class,
                                () -> walkIn.lookup(
                                        "officer1",
                                        new ApplicantLookup(
                                                "TRAINING_CENTER", Operation.ISSUE, ApplicantKind.LEGAL_ENTITY, BIN)))
                        .code());
        assertTrue(applications.byApplicant(BIN).isEmpty(), "nothing stored");
        assertTrue(asked.isEmpty(), "no payment asked");
    }

    @Test
    void aLiquidatedEntityIsNotRegisteredAtTheCounter() {
        LegalEntityRecord e = entity.orElseThrow();
        entity = Optional.of(new LegalEntityRecord(
                e.bin(), "LIQUIDATED", e.fullNameRu(), e.fullNameKz(), e.leaderIin(), e.leaderName(), e.address()));
        ElicensingException refused = assertThrows(
                ElicensingException.class,
                () -> walkIn.register(
                        "officer1",
                        request(
                                List.of("CHARTER"),
                                List.of(new WalkInRequest.ScanUpload("CHARTER", "charter.pdf", PDF))),
                        "m-9"));
        assertEquals(ErrorCode.APPLICANT_NOT_ACTIVE, refused.code());
        assertTrue(applications.byApplicant(BIN).isEmpty(), "nothing stored");
        assertTrue(asked.isEmpty(), "not even the payment was asked");
    }

    @Test
    void theLookUpFillsTheApplicantFromTheRegistryAndListsTheDocuments() {
        ApplicantData data = walkIn.lookup(
                "officer1", new ApplicantLookup("SECURITY_ACTIVITY", Operation.ISSUE, ApplicantKind.LEGAL_ENTITY, BIN));
        assertEquals("ТОО «Қорғау-Сервис»", data.nameRu());
        assertEquals("900515300018", data.leaderIin());
        assertEquals(
                List.of("CHARTER", "STAFF_LIST"),
                data.documents().stream().map(ApplicantData.Document::code).toList());
    }

    @Test
    void anApplicantMissingFromTheRegistryGetsTheRegulationsMessage() {
        entity = Optional.empty();
        ElicensingException e = assertThrows(
                ElicensingException.class,
                () -> walkIn.lookup(
                        "officer1",
                        new ApplicantLookup("SECURITY_ACTIVITY", Operation.ISSUE, ApplicantKind.LEGAL_ENTITY, BIN)));
        assertEquals(ErrorCode.APPLICANT_NOT_FOUND, e.code());
        assertEquals("walkin.notFound.GBD_UL", e.messageKey());
        assertThrows(
                ElicensingException.class,
                () -> walkIn.register("officer1", request(List.of("CHARTER"), List.of()), "m-1"));
        assertTrue(applications.byApplicant(BIN).isEmpty(), "nothing stored");
    }

    @Test
    void aRegistryThatDoesNotAnswerIsUpstreamUnavailableWithItsOwnMessage() {
        registryDown = new ElicensingException(ErrorCode.UPSTREAM_UNAVAILABLE, "GbdulInfoByBin_v2 unreachable");
        ElicensingException e = assertThrows(
                ElicensingException.class,
                () -> walkIn.lookup(
                        "officer1",
                        new ApplicantLookup("SECURITY_ACTIVITY", Operation.ISSUE, ApplicantKind.LEGAL_ENTITY, BIN)));
        assertEquals(ErrorCode.UPSTREAM_UNAVAILABLE, e.code());
        assertEquals("walkin.upstream", e.messageKey());
    }

    @Test
    void everyMandatoryPaperDocumentMustBeMarked() {
        ElicensingException e = assertThrows(
                ElicensingException.class,
                () -> walkIn.register("officer1", request(List.of("STAFF_LIST"), List.of()), "m-1"));
        assertEquals(ErrorCode.DOCUMENTS_INCOMPLETE, e.code());
        assertEquals("CHARTER", e.arguments()[0]);
        assertEquals(
                ErrorCode.SCHEMA_VIOLATION,
                assertThrows(
                                ElicensingException.class,
                                () -> walkIn.register(
                                        "officer1", request(List.of("CHARTER", "NOT_A_DOCUMENT"), List.of()), "m-1"))
                        .code());
        assertTrue(applications.byApplicant(BIN).isEmpty(), "nothing stored");
    }

    @Test
    void aScanThatIsNoPdfJpegOrPngRefusesTheWholeRegistration() {
        ElicensingException e = assertThrows(
                ElicensingException.class,
                () -> walkIn.register(
                        "officer1",
                        request(
                                List.of("CHARTER"),
                                List.of(new WalkInRequest.ScanUpload("CHARTER", "charter.pdf", "MZ\u0090".getBytes()))),
                        "m-1"));
        assertEquals(ErrorCode.SCAN_REJECTED, e.code());
        assertTrue(applications.byApplicant(BIN).isEmpty(), "nothing stored");
    }

    @Test
    void registrationNumbersTheApplicationWithTheDeadlineAfterThePaymentIsConfirmed() {
        ApplicationView view = walkIn.register(
                "officer1",
                request(List.of("CHARTER"), List.of(new WalkInRequest.ScanUpload("CHARTER", "charter.pdf", PDF))),
                "m-1");
        assertEquals(ApplicationStatus.IN_REVIEW, view.status(), "registry and payment asked before registration");
        assertEquals(LocalDate.of(2026, 11, 23), view.registeredOn());
        assertEquals(LocalDate.of(2026, 12, 14), view.deadline(), "15 working days from Monday 23 November");
        assertEquals(1, asked.size(), "the payment asked once, before registration: " + asked);
        LicenseApplication a = applications.byNumber(view.number()).orElseThrow();
        assertEquals(Channel.OFFICER, a.channel());
        assertEquals("officer1", a.history().get(0).actor());
        assertEquals("ТОО «Қорғау-Сервис»", a.applicantName(), "the registry's name, not the officer's typing");
        assertEquals("«Қорғау-Сервис» ЖШС", a.registryExtract().orElseThrow().nameKz(), "kept for the license");
        assertEquals("900515300018", a.registryExtract().orElseThrow().headIin());
        assertEquals(1, a.scans().size());
        assertEquals("application/pdf", a.scans().get(0).contentType());
        assertEquals(new BigDecimal("19660.00"), a.paymentAmount());
        var kept = evidence.entriesOf(view.number());
        assertEquals(1, kept.size(), "the officer's entry is in the evidence log");
        assertEquals("officer1", kept.get(0).record().senderId());
        assertEquals("WALK_IN", kept.get(0).record().channel());
    }

    @Test
    void anOfficerOfAnotherProviderCannotRegisterThisProvidersService() {
        assertEquals(
                ErrorCode.OFFICER_NOT_ALLOWED,
                assertThrows(
                                ElicensingException.class,
                                () -> walkIn.register("agri1", request(List.of("CHARTER"), List.of()), "m-1"))
                        .code());
        assertEquals(
                ErrorCode.OFFICER_NOT_ALLOWED,
                assertThrows(
                                ElicensingException.class,
                                () -> walkIn.register("nobody", request(List.of("CHARTER"), List.of()), "m-1"))
                        .code());
    }

    @Test
    void overSoapOnlyASystemBoundToOneProviderActsAndOnlyForThatProvidersOfficers() {
        SenderScope agri = new SenderScope("OFFICE_AGRI", SenderKind.SYSTEM, Set.of("AGRI_ALMATY_REGION"));
        SenderScope dp = new SenderScope("OFFICE_DP", SenderKind.SYSTEM, Set.of("DP_ALMATY"));
        SenderScope two = new SenderScope("TWO", SenderKind.SYSTEM, Set.of("DP_ALMATY", "AGRI_ALMATY_REGION"));
        ApplicantLookup query =
                new ApplicantLookup("SECURITY_ACTIVITY", Operation.ISSUE, ApplicantKind.LEGAL_ENTITY, BIN);
        // an integration that is not a provider's system, or is bound to several, sends no walk-in
        for (SenderScope unbound : List.of(SenderScope.unbound("PORTAL"), two)) {
            assertEquals(
                    ErrorCode.SENDER_NOT_ALLOWED,
                    assertThrows(ElicensingException.class, () -> walkIn.lookupBySystem(unbound, "officer1", query))
                            .code());
            assertEquals(
                    ErrorCode.SENDER_NOT_ALLOWED,
                    assertThrows(
                                    ElicensingException.class,
                                    () -> walkIn.registerBySystem(
                                            unbound, "officer1", request(List.of("CHARTER"), List.of()), "m-1"))
                            .code());
        }
        // another provider's system cannot name this provider's officer, nor an administrator or a stranger
        for (String named : List.of("officer1", "head1", "admin", "nobody")) {
            assertEquals(
                    ErrorCode.OFFICER_NOT_ALLOWED,
                    assertThrows(ElicensingException.class, () -> walkIn.lookupBySystem(agri, named, query))
                            .code(),
                    named);
            assertEquals(
                    ErrorCode.OFFICER_NOT_ALLOWED,
                    assertThrows(
                                    ElicensingException.class,
                                    () -> walkIn.registerBySystem(
                                            agri, named, request(List.of("CHARTER"), List.of()), "m-1"))
                            .code(),
                    named);
        }
        assertTrue(asked.isEmpty(), "nothing asked of the payment gateway: " + asked);
        assertTrue(applications.byApplicant(BIN).isEmpty(), "nothing stored");
        assertEquals(
                "ТОО «Қорғау-Сервис»",
                walkIn.lookupBySystem(dp, "officer1", query).nameRu());
        ApplicationView view = walkIn.registerBySystem(dp, "head1", request(List.of("CHARTER"), List.of()), "m-2");
        assertEquals(
                "head1",
                applications
                        .byNumber(view.number())
                        .orElseThrow()
                        .history()
                        .get(0)
                        .actor());
    }

    @Test
    void anIndividualIsAskedOfGbdFlAndADeceasedPersonIsNotFound() {
        ApplicantLookup bailiff =
                new ApplicantLookup("PRIVATE_BAILIFF", Operation.ISSUE, ApplicantKind.INDIVIDUAL, IIN);
        person = Optional.of(new IndividualRecord(
                IIN,
                "ҒАБИТОВ",
                "ІЛИЯС",
                "ӘДІЛҰЛЫ",
                LocalDate.of(1975, 11, 2),
                null,
                null,
                new IndividualRecord.RegistryCode("0", "Живой", "Тірі"),
                "Қонаев қ."));
        ApplicantData data = walkIn.lookup("officer1", bailiff);
        assertEquals("ҒАБИТОВ ІЛИЯС ӘДІЛҰЛЫ", data.nameRu());
        assertEquals(kz.elicensing.domain.catalog.RegistryKind.GBD_FL, data.registry());

        person = Optional.of(new IndividualRecord(
                IIN,
                "ҒАБИТОВ",
                "ІЛИЯС",
                null,
                LocalDate.of(1975, 11, 2),
                null,
                null,
                new IndividualRecord.RegistryCode("1", "Умерший", "Қайтыс болған"),
                null));
        ElicensingException e = assertThrows(ElicensingException.class, () -> walkIn.lookup("officer1", bailiff));
        assertEquals(ErrorCode.APPLICANT_NOT_FOUND, e.code());
        assertEquals("walkin.notFound.GBD_FL", e.messageKey());
        // a legal-entity-only service refuses an individual before any registry is asked
        assertEquals(
                ErrorCode.OPERATION_NOT_ALLOWED,
                assertThrows(
                                ElicensingException.class,
                                () -> walkIn.lookup(
                                        "officer1",
                                        new ApplicantLookup(
                                                "SECURITY_ACTIVITY", Operation.ISSUE, ApplicantKind.INDIVIDUAL, IIN)))
                        .code());
    }

    @Test
    void theListShowsOnlyWhatTheOfficerMaySeeAndTheHeadAssigns() {
        ApplicationView view = walkIn.register("officer1", request(List.of("CHARTER"), List.of()), "m-1");
        assertEquals(
                List.of(view.number()),
                walkIn.cases("officer1").stream().map(c -> c.number()).toList());
        assertTrue(walkIn.cases("agri1").isEmpty(), "another provider's officer sees nothing");
        assertEquals(
                ErrorCode.OFFICER_NOT_ALLOWED,
                assertThrows(ElicensingException.class, () -> walkIn.assign("officer1", view.number(), "officer1"))
                        .code());
        assertEquals(
                ErrorCode.OFFICER_NOT_ALLOWED,
                assertThrows(ElicensingException.class, () -> walkIn.assign("head1", view.number(), "agri1"))
                        .code());
        walkIn.assign("head1", view.number(), "head1");
        assertTrue(walkIn.cases("officer1").isEmpty(), "assigned to the head now");
        assertEquals("head1", walkIn.cases("head1").get(0).assignedOfficer());
    }

    @Test
    void theGuidedFormIsOfferedTheOfficesServicesWithTheirOperationsAndDocuments() {
        List<ServiceOffer> offers = walkIn.offers("officer1");
        assertEquals(
                List.of("SECURITY_ACTIVITY"),
                offers.stream().map(ServiceOffer::code).toList(),
                "not portal-only");
        ServiceOffer security = offers.get(0);
        assertEquals(List.of(ApplicantKind.LEGAL_ENTITY), security.applicantKinds());
        assertEquals(
                List.of(Operation.ISSUE, Operation.REISSUE, Operation.DUPLICATE),
                security.operations().stream()
                        .map(ServiceOffer.OperationOffer::operation)
                        .toList());
        ServiceOffer.OperationOffer issue = security.operation(Operation.ISSUE).orElseThrow();
        assertTrue(!issue.needsBaseLicense()
                && security.operation(Operation.REISSUE).orElseThrow().needsBaseLicense());
        assertEquals(new BigDecimal("19660.00"), issue.fee());
        assertEquals(
                List.of("CHARTER", "STAFF_LIST"),
                issue.documentsFor(ApplicantKind.LEGAL_ENTITY).stream()
                        .map(ServiceOffer.DocumentOffer::code)
                        .toList());
        assertTrue(issue.documents().get(0).mandatory());
        assertEquals(
                List.of("STAFF_LIST"),
                issue.documentsFor(ApplicantKind.INDIVIDUAL).stream()
                        .map(ServiceOffer.DocumentOffer::code)
                        .toList());
        assertTrue(walkIn.offers("agri1").isEmpty(), "another provider's officer is offered nothing of DP_ALMATY");
    }

    @Test
    void theReceiptNamesTheNumberTheDeadlineAndTheDocumentsReceivedWithTheScansHashes() {
        WalkInReceipt receipt = walkIn.registerWithReceipt(
                "officer1",
                request(List.of("CHARTER"), List.of(new WalkInRequest.ScanUpload("CHARTER", "charter.pdf", PDF))),
                "m-receipt");
        LicenseApplication stored = applications.byNumber(receipt.number()).orElseThrow();
        assertEquals(stored.deadline(), receipt.deadline());
        assertEquals(MONDAY_10_ALMATY, receipt.receivedAt());
        assertEquals("Күзет қызметі", receipt.serviceTitleKz());
        assertEquals("PAY-1", receipt.paymentReference());
        assertEquals(1, receipt.documents().size());
        WalkInReceipt.Received charter = receipt.documents().get(0);
        assertEquals("CHARTER", charter.code());
        assertTrue(charter.onPaper());
        assertEquals("application/pdf", charter.scan().contentType());
        assertEquals(stored.scans().get(0).sha256(), charter.scan().sha256());
        assertEquals(PDF.length, charter.scan().size());
    }

    @Test
    void aScanIsCheckedOnUploadByItsBytes() {
        ScanView pdf = ScanView.check("CHARTER", "устав.pdf", PDF);
        assertEquals(64, pdf.sha256().length());
        assertEquals(
                ErrorCode.SCAN_REJECTED,
                assertThrows(ElicensingException.class, () -> ScanView.check("CHARTER", "x.pdf", "<html>".getBytes()))
                        .code());
    }
}

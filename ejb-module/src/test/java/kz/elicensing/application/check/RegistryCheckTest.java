package kz.elicensing.application.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.elicensing.domain.application.ApplicationStatus;
import kz.elicensing.domain.application.InMemoryApplications;
import kz.elicensing.domain.application.LicenseApplication;
import kz.elicensing.domain.catalog.AutomaticResult;
import kz.elicensing.domain.catalog.AutomaticResultKind;
import kz.elicensing.domain.catalog.Catalog;
import kz.elicensing.domain.catalog.LicenseService;
import kz.elicensing.domain.catalog.RefusalGround;
import kz.elicensing.domain.catalog.RegistryStatus;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.evidence.EvidenceLog;
import kz.elicensing.domain.evidence.EvidenceRecord;
import kz.elicensing.domain.licence.DocumentFactory;
import kz.elicensing.domain.licence.License;
import kz.elicensing.domain.party.ApplicantKind;
import kz.elicensing.domain.party.LegalEntityRecord;
import org.junit.jupiter.api.Test;

/** The outbox's GBD UL check: the registry's leader and status decide, and what it says is kept for the license. */
class RegistryCheckTest {
    private static final Instant T0 = Instant.parse("2026-11-23T05:00:00Z");
    private static final String BIN = "150140000012";
    private static final String HEAD = "900515300018";
    private static final RefusalGround LIQUIDATED =
            new RefusalGround("APPLICANT_LIQUIDATED", "ликвидировано", "таратылған", "ст. 43", "43-бап");

    private final InMemoryApplications applications = new InMemoryApplications(T0);
    private final List<String> refusals = new ArrayList<>();
    private final List<EvidenceRecord> evidence = new ArrayList<>();
    private final DefaultCheckService checks = CheckServiceAccess.with(applications, Clock.fixed(T0, ZoneOffset.UTC));
    private LegalEntityRecord registry;
    private boolean sealed = true;
    /** The service's automatic results in the catalog: by default the ones V175 names for a GBD UL service. */
    private List<AutomaticResult> automatic = List.of(
            automaticRefusal("APPLICANT_NOT_FOUND"),
            automaticRefusal("SIGNER_MISMATCH"),
            automaticRefusal("APPLICANT_LIQUIDATED"),
            automaticRefusal("APPLICANT_ACTIVITY_SUSPENDED"));

    RegistryCheckTest() {
        LicenseService service = new LicenseService(
                "SECURITY_ACTIVITY",
                "ru",
                "kk",
                null,
                ApplicantKind.LEGAL_ENTITY,
                true,
                new BigDecimal("19660.00"),
                15,
                "LAA");
        checks.catalog = (Catalog) Proxy.newProxyInstance(
                Catalog.class.getClassLoader(), new Class<?>[] {Catalog.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "service":
                            return Optional.of(service);
                        case "refusalGrounds":
                            return List.of(LIQUIDATED);
                        case "automaticResults":
                            return automatic;
                        case "registryStatus":
                            return switch ((String) args[0]) {
                                case "ACTIVE" -> Optional.of(new RegistryStatus("ACTIVE", true, null, "Д", "Ә"));
                                case "LIQUIDATED" ->
                                    Optional.of(new RegistryStatus(
                                            "LIQUIDATED",
                                            false,
                                            "APPLICANT_LIQUIDATED",
                                            "Ликвидировано",
                                            "Таратылған"));
                                default -> Optional.empty();
                            };
                        default:
                            return null;
                    }
                });
        checks.legalEntities = (bin, messageId) -> Optional.ofNullable(registry);
        checks.documents = new Documents();
        checks.evidence = (EvidenceLog) Proxy.newProxyInstance(
                EvidenceLog.class.getClassLoader(), new Class<?>[] {EvidenceLog.class}, (proxy, method, args) -> {
                    if ("append".equals(method.getName())) {
                        @SuppressWarnings("unchecked")
                        List<EvidenceRecord> records = (List<EvidenceRecord>) args[0];
                        evidence.addAll(records);
                    }
                    return List.of();
                });
    }

    private static AutomaticResult automaticRefusal(String reason) {
        return new AutomaticResult(AutomaticResultKind.AUTOMATIC_REFUSAL, reason, "ru " + reason, "kk " + reason);
    }

    private static LegalEntityRecord entity(String status, String leaderIin) {
        return new LegalEntityRecord(
                BIN,
                status,
                "Товарищество с ограниченной ответственностью «Қорғау-Сервис»",
                "«Қорғау-Сервис» жауапкершілігі шектеулі серіктестігі",
                leaderIin,
                "СӘРСЕНБАЕВ НҰРЛАН",
                "Алматы қ., Абай даңғылы, 150");
    }

    private LicenseApplication paidApplication() {
        LicenseApplication a = applications.checking("EL-2026-00000001");
        a.confirmPayment(T0);
        return a;
    }

    @Test
    void theRegistrysHeadSigningGoesToReviewWithTheRegistrysNameKept() {
        LicenseApplication a = paidApplication();
        registry = entity("ACTIVE", HEAD);
        checks.runCheck(a.number(), CheckKind.LEGAL_ENTITY_REGISTRY, "m-1");
        assertEquals(ApplicationStatus.IN_REVIEW, a.status());
        assertEquals(
                "«Қорғау-Сервис» жауапкершілігі шектеулі серіктестігі",
                a.registryExtract().orElseThrow().nameKz());
        assertTrue(
                a.history().stream()
                        .anyMatch(e -> e.note() != null
                                && e.note().contains("ТОО «Қорғау-Сервис»")
                                && e.note().contains("differs")),
                "the form's other name is recorded in the history");
        assertTrue(refusals.isEmpty());
    }

    @Test
    void aSignerWhoIsNotTheRegistrysHeadGetsASignedRefusal() {
        LicenseApplication a = paidApplication();
        registry = entity("ACTIVE", "700301300012");
        checks.runCheck(a.number(), CheckKind.LEGAL_ENTITY_REGISTRY, "m-1");
        assertEquals(ApplicationStatus.REFUSED, a.status());
        assertEquals("SIGNER_MISMATCH", a.refusalCode());
        assertEquals(List.of("SIGNER_MISMATCH"), refusals);
        assertTrue(new String(a.resultDocument(), StandardCharsets.UTF_8).contains("руководителем"));
        assertEquals(1, evidence.size(), "the signed refusal is kept in the evidence log");
        assertTrue(a.registryExtract().isEmpty(), "nothing of a refused check is kept as the holder");
    }

    @Test
    void aLiquidatedEntityIsRefusedOnTheCatalogsGround() {
        LicenseApplication a = paidApplication();
        registry = entity("LIQUIDATED", HEAD);
        checks.runCheck(a.number(), CheckKind.LEGAL_ENTITY_REGISTRY, "m-1");
        assertEquals(ApplicationStatus.REFUSED, a.status());
        assertEquals("APPLICANT_LIQUIDATED", a.refusalCode());
        assertEquals(List.of("APPLICANT_LIQUIDATED"), refusals);
        String doc = new String(a.resultDocument(), StandardCharsets.UTF_8);
        assertTrue(doc.contains(BIN) && doc.contains("LIQUIDATED") && doc.contains("Таратылған"), doc);
    }

    @Test
    void aStatusTheCatalogDoesNotKnowGoesToTheOfficer() {
        LicenseApplication a = paidApplication();
        registry = entity("REORGANISED", HEAD);
        checks.runCheck(a.number(), CheckKind.LEGAL_ENTITY_REGISTRY, "m-1");
        assertEquals(ApplicationStatus.CHECK_FAILED, a.status());
        assertNull(a.refusalCode());
        assertTrue(a.history().get(a.history().size() - 1).note().contains("REORGANISED"));
    }

    @Test
    void withoutTheProvidersSealTheAutomaticRefusalWaitsForAnOfficer() {
        LicenseApplication a = paidApplication();
        registry = null;
        sealed = false;
        checks.runCheck(a.number(), CheckKind.LEGAL_ENTITY_REGISTRY, "m-1");
        assertEquals(ApplicationStatus.CHECK_FAILED, a.status(), "no refusal signed with another key");
        assertEquals(null, a.refusalCode());
        assertTrue(refusals.isEmpty());
        assertTrue(evidence.isEmpty());
        assertTrue(
                a.history().get(a.history().size() - 1).note().contains("APPLICANT_NOT_FOUND"),
                "the officer sees the reason");
    }

    @Test
    void aServiceWhoseCatalogNamesNoAutomaticRefusalLeavesTheFailedCheckToAnOfficer() {
        LicenseApplication a = paidApplication();
        registry = null;
        automatic = List.of();
        checks.runCheck(a.number(), CheckKind.LEGAL_ENTITY_REGISTRY, "m-1");
        assertEquals(ApplicationStatus.CHECK_FAILED, a.status(), "nothing refused without an officer");
        assertNull(a.refusalCode());
        assertTrue(refusals.isEmpty(), "nothing sealed although the provider has a seal");
        assertTrue(evidence.isEmpty());
        String note = a.history().get(a.history().size() - 1).note();
        assertTrue(
                note.contains("APPLICANT_NOT_FOUND")
                        && note.contains("the catalog names no automatic refusal APPLICANT_NOT_FOUND"),
                note);
    }

    @Test
    void onlyTheReasonsTheCatalogNamesAreRefusedAutomatically() {
        automatic = List.of(automaticRefusal("APPLICANT_NOT_FOUND"));
        LicenseApplication absent = paidApplication();
        registry = null;
        checks.runCheck(absent.number(), CheckKind.LEGAL_ENTITY_REGISTRY, "m-1");
        assertEquals(ApplicationStatus.REFUSED, absent.status());
        assertEquals("APPLICANT_NOT_FOUND", absent.refusalCode());

        LicenseApplication liquidated = applications.checking("EL-2026-00000002");
        liquidated.confirmPayment(T0);
        registry = entity("LIQUIDATED", HEAD);
        checks.runCheck(liquidated.number(), CheckKind.LEGAL_ENTITY_REGISTRY, "m-2");
        assertEquals(ApplicationStatus.CHECK_FAILED, liquidated.status(), "a ground the catalog does not name");
        assertNull(liquidated.refusalCode());
        assertEquals(List.of("APPLICANT_NOT_FOUND"), refusals, "one sealed refusal, the named one");
        assertTrue(liquidated
                .history()
                .get(liquidated.history().size() - 1)
                .note()
                .contains("no automatic refusal APPLICANT_LIQUIDATED"));
    }

    @Test
    void anAbsentEntityIsStillApplicantNotFound() {
        LicenseApplication a = paidApplication();
        registry = null;
        checks.runCheck(a.number(), CheckKind.LEGAL_ENTITY_REGISTRY, "m-1");
        assertEquals(ErrorCode.APPLICANT_NOT_FOUND.name(), a.refusalCode());
    }

    /** Records what it was asked to seal; the "document" is the reason's code and texts. */
    private final class Documents implements DocumentFactory {
        @Override
        public byte[] license(License license, LicenseApplication application, LicenseService service) {
            throw new UnsupportedOperationException();
        }

        @Override
        public byte[] duplicate(License original, LicenseApplication application, LicenseService service) {
            throw new UnsupportedOperationException();
        }

        @Override
        public byte[] refusal(
                LicenseApplication application,
                LicenseService service,
                RefusalGround ground,
                String commentRu,
                String commentKz,
                java.time.Instant at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public byte[] order(
                LicenseApplication application, LicenseService service, String orderNumber, java.time.Instant at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean hasSeal(String providerCode) {
            return sealed;
        }

        @Override
        public byte[] sealedRefusal(
                LicenseApplication application,
                LicenseService service,
                ErrorCode reason,
                String reasonRu,
                String reasonKz) {
            refusals.add(reason.name());
            return (reason + "|" + reasonRu + "|" + reasonKz).getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public byte[] sealedRefusal(
                LicenseApplication application,
                LicenseService service,
                RefusalGround ground,
                String commentRu,
                String commentKz) {
            refusals.add(ground.code());
            return (ground.code() + "|" + commentRu + "|" + commentKz).getBytes(StandardCharsets.UTF_8);
        }
    }
}

package kz.elicensing.application.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.elicensing.application.audit.AdminArea;
import kz.elicensing.application.audit.AdminChange;
import kz.elicensing.application.audit.AdminChangeLog;
import kz.elicensing.domain.catalog.ActivitySubtype;
import kz.elicensing.domain.catalog.AutomaticResult;
import kz.elicensing.domain.catalog.AutomaticResultKind;
import kz.elicensing.domain.catalog.Catalog;
import kz.elicensing.domain.catalog.LicenseService;
import kz.elicensing.domain.catalog.Operation;
import kz.elicensing.domain.catalog.RefusalGround;
import kz.elicensing.domain.catalog.RequiredDocument;
import kz.elicensing.domain.catalog.ServiceOperation;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.party.ApplicantKind;
import kz.elicensing.domain.workflow.Term;
import org.junit.jupiter.api.Test;

/** The catalog use case checks every change, hands the store only checked values, and logs who, when and what. */
class DefaultCatalogAdministrationTest {
    static final Instant NOW = Instant.parse("2026-11-23T05:00:00Z");

    final List<String> stored = new ArrayList<>();
    final List<String> logged = new ArrayList<>();
    final List<String> recorded = new ArrayList<>();
    final DefaultCatalogAdministration admin = new DefaultCatalogAdministration();

    DefaultCatalogAdministrationTest() {
        admin.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        admin.changes = new CatalogChanges() {
            @Override
            public List<OperationRow> operations() {
                return List.of(new OperationRow(
                        "SECURITY_ACTIVITY", "ISSUE", true, 15, "WORKING_DAYS", new BigDecimal("19660.00")));
            }

            @Override
            public boolean setOperation(
                    String serviceCode, Operation operation, boolean enabled, Term term, BigDecimal fee) {
                stored.add(serviceCode + " " + operation + " " + enabled + " " + term + " " + fee);
                return "SECURITY_ACTIVITY".equals(serviceCode);
            }

            @Override
            public void putRefusalGround(String serviceCode, RefusalGround ground) {
                stored.add(serviceCode + " " + ground);
            }

            @Override
            public boolean removeRefusalGround(String serviceCode, String code) {
                return "LOCAL_RULE".equals(code);
            }

            @Override
            public void putRequiredDocument(String serviceCode, Operation operation, RequiredDocument document) {
                stored.add(serviceCode + " " + operation + " " + document);
            }

            @Override
            public boolean removeRequiredDocument(String serviceCode, Operation operation, String code) {
                return true;
            }

            @Override
            public void putActivitySubtype(String serviceCode, ActivitySubtype subtype) {
                stored.add(serviceCode + " " + subtype);
            }

            @Override
            public boolean removeActivitySubtype(String serviceCode, String code) {
                return "GUARDS".equals(code);
            }

            @Override
            public void log(Instant at, String who, String action, String detail) {
                logged.add(at + " " + who + " " + action + " " + detail);
            }
        };
        // the catalog knows SECURITY_ACTIVITY with its ISSUE operation, nothing else
        admin.catalog = (Catalog) Proxy.newProxyInstance(
                Catalog.class.getClassLoader(),
                new Class<?>[] {Catalog.class},
                (proxy, m, args) -> switch (m.getName()) {
                    case "service" ->
                        "SECURITY_ACTIVITY".equals(args[0])
                                ? Optional.of(new LicenseService(
                                        "SECURITY_ACTIVITY",
                                        "Охранная деятельность",
                                        "Күзет қызметі",
                                        null,
                                        ApplicantKind.LEGAL_ENTITY,
                                        true,
                                        new BigDecimal("19660.00"),
                                        15,
                                        "SEC"))
                                : Optional.empty();
                    case "operation" ->
                        "SECURITY_ACTIVITY".equals(args[0]) && args[1] == Operation.ISSUE
                                ? Optional.of(new ServiceOperation(
                                        "SECURITY_ACTIVITY",
                                        Operation.ISSUE,
                                        true,
                                        Term.workingDays(15),
                                        new BigDecimal("19660.00")))
                                : Optional.empty();
                    case "requiredDocuments" ->
                        List.of(new RequiredDocument("CHARTER", "Устав", "Жарғы", true, ApplicantKind.LEGAL_ENTITY));
                    case "activitySubtypes" -> List.of(new ActivitySubtype("GUARDS", "Охрана", "Күзет"));
                    case "refusalGrounds" -> List.of();
                    case "automaticResults" ->
                        List.of(new AutomaticResult(
                                AutomaticResultKind.AUTOMATIC_REFUSAL,
                                "APPLICANT_NOT_FOUND",
                                "Заявитель отсутствует в ГБД ЮЛ",
                                "Өтініш беруші ЗТ МДҚ-да жоқ"));
                    case "services" -> List.of();
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        admin.audit = new AdminChangeLog() {
            @Override
            public void record(String actor, AdminArea area, String subject, String action, String detail) {
                recorded.add(actor + " " + area + " " + subject + " " + action);
            }

            @Override
            public List<AdminChange> recent(AdminArea area, String subject, int limit) {
                throw new UnsupportedOperationException();
            }
        };
    }

    @Test
    void aChangeIsStoredCheckedAndLoggedWithWhoAndWhen() {
        admin.setOperation("admin", "SECURITY_ACTIVITY", " ISSUE ", false, 20, "CALENDAR_DAYS", new BigDecimal("100"));
        assertEquals(List.of("SECURITY_ACTIVITY ISSUE false " + Term.calendarDays(20) + " 100"), stored);
        assertEquals(
                List.of(NOW
                        + " admin SET_OPERATION SECURITY_ACTIVITY  ISSUE  enabled=false term=20 CALENDAR_DAYS fee=100"),
                logged);
        assertEquals(List.of("admin CATALOG SECURITY_ACTIVITY SET_OPERATION"), recorded);
    }

    @Test
    void badValuesAreRefusedBeforeTheStoreSeesThem() {
        assertEquals(
                ErrorCode.SCHEMA_VIOLATION,
                assertThrows(
                                ElicensingException.class,
                                () -> admin.setOperation(
                                        "admin", "SECURITY_ACTIVITY", "ISSUE", true, 0, "WORKING_DAYS", BigDecimal.ONE))
                        .code());
        assertEquals(
                ErrorCode.SCHEMA_VIOLATION,
                assertThrows(
                                ElicensingException.class,
                                () -> admin.setOperation(
                                        "admin", "SECURITY_ACTIVITY", "SELL", true, 5, "WORKING_DAYS", BigDecimal.ONE))
                        .code());
        assertEquals(
                ErrorCode.SCHEMA_VIOLATION,
                assertThrows(
                                ElicensingException.class,
                                () -> admin.putRefusalGround(
                                        "admin", "SECURITY_ACTIVITY", "X", "ru", " ", "basis", "basis"))
                        .code());
        assertEquals(
                ErrorCode.SCHEMA_VIOLATION,
                assertThrows(
                                ElicensingException.class,
                                () -> admin.putRequiredDocument(
                                        "admin",
                                        "SECURITY_ACTIVITY",
                                        "ISSUE",
                                        "CHARTER",
                                        true,
                                        "ROBOT",
                                        "Устав",
                                        "Жарғы"))
                        .code());
        assertTrue(stored.isEmpty());
        assertTrue(logged.isEmpty());
        assertEquals(
                ErrorCode.SERVICE_NOT_IN_CATALOG,
                assertThrows(
                                ElicensingException.class,
                                () -> admin.setOperation(
                                        "admin", "NO_SUCH", "ISSUE", true, 5, "WORKING_DAYS", BigDecimal.ONE))
                        .code());
    }

    @Test
    void textsAreStrippedAndRemovalsSayWhetherThereWasOne() {
        admin.putRequiredDocument(
                "admin", "SECURITY_ACTIVITY", "ISSUE", " CHARTER ", true, "LEGAL_ENTITY", " Устав ", "Жарғы");
        assertEquals(
                List.of("SECURITY_ACTIVITY ISSUE "
                        + new RequiredDocument("CHARTER", "Устав", "Жарғы", true, ApplicantKind.LEGAL_ENTITY)),
                stored);
        assertTrue(admin.removeRefusalGround("admin", "SECURITY_ACTIVITY", "LOCAL_RULE"));
        assertFalse(admin.removeRefusalGround("admin", "SECURITY_ACTIVITY", "NONE"));
        assertFalse(admin.removeRequiredDocument("admin", "SECURITY_ACTIVITY", "SELL", "CHARTER"), "no such operation");
        assertEquals(4, logged.size(), "catalog_change keeps every call, as before");
        assertEquals(
                List.of(
                        "admin CATALOG SECURITY_ACTIVITY PUT_REQUIRED_DOCUMENT",
                        "admin CATALOG SECURITY_ACTIVITY REMOVE_REFUSAL_GROUND"),
                recorded,
                "admin_change: what changed, not the removals that found nothing");
        assertEquals(1, admin.overview().size());
    }

    @Test
    void subtypesAndGroundsAreEditedWithCheckedCodesAndBothLanguages() {
        admin.putActivitySubtype("admin", "SECURITY_ACTIVITY", " CASH_TRANSIT ", " Инкассация ", "Инкассация");
        assertEquals(
                List.of("SECURITY_ACTIVITY " + new ActivitySubtype("CASH_TRANSIT", "Инкассация", "Инкассация")),
                stored);
        assertTrue(admin.removeActivitySubtype("admin", "SECURITY_ACTIVITY", "GUARDS"));
        assertFalse(admin.removeActivitySubtype("admin", "SECURITY_ACTIVITY", "NONE"));
        assertEquals(
                ErrorCode.SCHEMA_VIOLATION,
                code(() -> admin.putActivitySubtype("admin", "SECURITY_ACTIVITY", "lower case", "Охрана", "Күзет")));
        assertEquals(
                ErrorCode.SCHEMA_VIOLATION,
                code(() -> admin.putActivitySubtype("admin", "SECURITY_ACTIVITY", "GUARDS", "Охрана", " ")));
        assertEquals(
                ErrorCode.SCHEMA_VIOLATION,
                code(() ->
                        admin.putRefusalGround("admin", "SECURITY_ACTIVITY", "LONG", "x".repeat(2001), "ж", "b", "b")));
        assertEquals(
                ErrorCode.SERVICE_NOT_IN_CATALOG,
                code(() -> admin.putActivitySubtype("admin", "NO_SUCH", "GUARDS", "Охрана", "Күзет")));
        assertEquals(
                ErrorCode.SERVICE_NOT_IN_CATALOG,
                code(() -> admin.putRequiredDocument(
                        "admin", "SECURITY_ACTIVITY", "DUPLICATE", "CHARTER", true, null, "Устав", "Жарғы")),
                "the service has no such operation");
        assertEquals(
                ErrorCode.SCHEMA_VIOLATION,
                code(() -> admin.setOperation(
                        "admin", "SECURITY_ACTIVITY", "ISSUE", true, 15, "WORKING_DAYS", new BigDecimal("1.005"))),
                "a fee has at most two decimals");
        assertEquals(
                List.of(
                        "admin CATALOG SECURITY_ACTIVITY PUT_ACTIVITY_SUBTYPE",
                        "admin CATALOG SECURITY_ACTIVITY REMOVE_ACTIVITY_SUBTYPE"),
                recorded);
    }

    @Test
    void aServicesCatalogIsReadAsOneView() {
        ServiceCatalog view = admin.service("SECURITY_ACTIVITY");
        assertEquals("Күзет қызметі", view.nameKz());
        assertEquals(1, view.operations().size());
        assertEquals(15, view.operations().get(0).term());
        assertEquals("LEGAL_ENTITY", view.operations().get(0).documents().get(0).applicantKind());
        assertEquals("GUARDS", view.subtypes().get(0).code());
        assertEquals(
                List.of(new ServiceCatalog.AutomaticEntry(
                        "AUTOMATIC_REFUSAL",
                        "APPLICANT_NOT_FOUND",
                        "Заявитель отсутствует в ГБД ЮЛ",
                        "Өтініш беруші ЗТ МДҚ-да жоқ")),
                view.automaticResults(),
                "the automatic results the catalog names, with their texts in both languages");
        assertEquals(ErrorCode.SERVICE_NOT_IN_CATALOG, code(() -> admin.service("NO_SUCH")));
    }

    private static ErrorCode code(Runnable r) {
        return assertThrows(ElicensingException.class, r::run).code();
    }
}

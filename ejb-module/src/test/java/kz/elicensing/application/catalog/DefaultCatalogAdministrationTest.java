package kz.elicensing.application.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import kz.elicensing.domain.catalog.Operation;
import kz.elicensing.domain.catalog.RefusalGround;
import kz.elicensing.domain.catalog.RequiredDocument;
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
            public void log(Instant at, String who, String action, String detail) {
                logged.add(at + " " + who + " " + action + " " + detail);
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
        assertEquals(4, logged.size());
        assertEquals(1, admin.overview().size());
    }
}

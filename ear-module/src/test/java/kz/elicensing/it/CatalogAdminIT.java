package kz.elicensing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import kz.elicensing.sandbox.portal.ApplicationBuilder;
import kz.elicensing.sandbox.portal.SendResult;
import kz.elicensing.sandbox.portal.ShepFaultException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The catalog is data an administrator changes without a release: an operation's term and whether it is offered take
 * effect on the next application, a refusal ground appears on the officer's form, every change is logged, and only an
 * administrator may change anything.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogAdminIT {
    private static final BigDecimal FEE = new BigDecimal("19660.00");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ItEnvironment.ear();
    }

    @BeforeAll
    static void outsideWorld() {
        ItEnvironment.sandbox();
    }

    @Test
    void anAdministratorChangesTermsOfferingAndGroundsWithoutARelease() throws Exception {
        AdminSession admin = new AdminSession();
        admin.signIn("admin", "admin-demo-pass");
        assertTrue(admin.text("admin/catalog").body().contains("\"service\":\"PESTICIDE_SALE\""));
        long changesBefore = ItEnvironment.countRows("SELECT COUNT(*) FROM catalog_change");

        LocalDate fifteen = deadline(submit("PESTICIDE_SALE"));
        ok(admin.post("admin/catalog", operation("PESTICIDE_SALE", "true", "25")));
        LocalDate twentyFive = deadline(submit("PESTICIDE_SALE"));
        assertTrue(twentyFive.isAfter(fifteen.plusDays(13)), "25 working days now: " + fifteen + " -> " + twentyFive);

        ok(admin.post("admin/catalog", operation("PESTICIDE_SALE", "false", "15")));
        ShepFaultException withdrawn = assertThrows(ShepFaultException.class, () -> submit("PESTICIDE_SALE"));
        assertEquals("OPERATION_NOT_ALLOWED", withdrawn.errorCode());
        ok(admin.post("admin/catalog", operation("PESTICIDE_SALE", "true", "15")));
        assertEquals(fifteen, deadline(submit("PESTICIDE_SALE")), "back to 15 working days");

        var invalid = admin.post("admin/catalog", operation("PESTICIDE_SALE", "true", "0"));
        assertEquals(400, invalid.statusCode());
        assertTrue(invalid.body().contains("SCHEMA_VIOLATION"), invalid.body());

        ok(admin.post(
                "admin/catalog",
                Map.of(
                        "action",
                        "put-ground",
                        "service",
                        "SECURITY_ACTIVITY",
                        "code",
                        "LOCAL_RULE",
                        "nameRu",
                        "Нарушение местного порядка",
                        "nameKz",
                        "Жергілікті тәртіптің бұзылуы",
                        "basisRu",
                        "Приказ КАП № 1",
                        "basisKz",
                        "ӘПК-нің № 1 бұйрығы")));
        String number = ItEnvironment.element(
                ItEnvironment.portal()
                        .submitApplication(ItEnvironment.sign(
                                ItEnvironment.companyApplication(),
                                ItEnvironment.sandbox().demo().company()))
                        .dataXml(),
                "applicationNumber");
        ItEnvironment.awaitStatus(number, "IN_REVIEW", java.time.Duration.ofSeconds(60));
        OfficerBrowser officer = new OfficerBrowser();
        assertTrue(officer.signIn("officer1", "officer-demo-pass").body().contains("<option value=\"LOCAL_RULE\">"));
        ok(admin.post(
                "admin/catalog",
                Map.of("action", "remove-ground", "service", "SECURITY_ACTIVITY", "code", "LOCAL_RULE")));
        assertFalse(officer.get("officer").body().contains("LOCAL_RULE"));
        assertEquals(
                changesBefore + 5,
                ItEnvironment.countRows("SELECT COUNT(*) FROM catalog_change"),
                "every change logged, the refused one not");

        assertEquals(403, officer.get("admin/catalog").statusCode(), "an officer is not an administrator");

        ItEnvironment.ScriptRun list = ItEnvironment.adminScript("catalog.sh", "list");
        assertEquals(0, list.exit(), list.output());
        assertTrue(list.output().contains("\"service\":\"TRAINING_CENTER\""), list.output());
        ItEnvironment.ScriptRun bad = ItEnvironment.adminScript(
                "catalog.sh", "set-operation", "PESTICIDE_SALE", "ISSUE", "true", "-1", "WORKING_DAYS", "19660");
        assertTrue(bad.exit() != 0 && bad.output().contains("SCHEMA_VIOLATION"), bad.output());
    }

    private static Map<String, String> operation(String service, String enabled, String term) {
        return Map.of(
                "action",
                "set-operation",
                "service",
                service,
                "operation",
                "ISSUE",
                "enabled",
                enabled,
                "term",
                term,
                "unit",
                "WORKING_DAYS",
                "fee",
                "19660.00");
    }

    private static void ok(java.net.http.HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
    }

    private static SendResult submit(String service) {
        FreshCompany c = FreshCompany.registeredAndPaid();
        ApplicationBuilder b = ApplicationBuilder.securityActivity()
                .service(service)
                .legalEntity(c.bin(), c.name(), FreshCompany.HEAD_IIN)
                .requestId(UUID.randomUUID().toString())
                .payment(c.paymentReference(), FEE);
        return ItEnvironment.portal().submitApplication(ItEnvironment.sign(b, c.head()));
    }

    private static LocalDate deadline(SendResult receipt) {
        assertEquals("SUCCESS", receipt.statusCode(), receipt.statusMessage());
        return LocalDate.parse(ItEnvironment.element(receipt.dataXml(), "deadline"));
    }
}

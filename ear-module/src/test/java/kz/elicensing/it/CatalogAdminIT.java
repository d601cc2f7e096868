package kz.elicensing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import kz.elicensing.sandbox.portal.ApplicationBuilder;
import kz.elicensing.sandbox.portal.SendResult;
import kz.elicensing.sandbox.portal.ShepFaultException;
import org.jboss.arquillian.junit5.ArquillianExtension;
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

    @BeforeAll
    static void outsideWorld() {
        ItEnvironment.sandbox();
    }

    @Test
    void anAdministratorChangesTermsOfferingAndGroundsWithoutARelease() throws Exception {
        ApiClient admin = ApiClient.signIn("admin", "admin-demo-pass");
        assertTrue(admin.get("api/admin/catalog").body().contains("\"service\":\"PESTICIDE_SALE\""));
        long changesBefore = ItEnvironment.countRows("SELECT COUNT(*) FROM catalog_change");
        long recordedBefore =
                ItEnvironment.countRows("SELECT COUNT(*) FROM admin_change WHERE area = 'CATALOG' AND actor = 'admin'");

        LocalDate fifteen = deadline(submit("PESTICIDE_SALE"));
        ok(admin.post(OPERATION, operation("true", "25")));
        LocalDate twentyFive = deadline(submit("PESTICIDE_SALE"));
        assertTrue(twentyFive.isAfter(fifteen.plusDays(13)), "25 working days now: " + fifteen + " -> " + twentyFive);

        ok(admin.post(OPERATION, operation("false", "15")));
        ShepFaultException withdrawn = assertThrows(ShepFaultException.class, () -> submit("PESTICIDE_SALE"));
        assertEquals("OPERATION_NOT_ALLOWED", withdrawn.errorCode());
        ok(admin.post(OPERATION, operation("true", "15")));
        assertEquals(fifteen, deadline(submit("PESTICIDE_SALE")), "back to 15 working days");

        var invalid = admin.post(OPERATION, operation("true", "0"));
        assertEquals(422, invalid.statusCode());
        assertEquals("SCHEMA_VIOLATION", ApiClient.object(invalid).getString("code"), invalid.body());
        assertTrue(ApiClient.object(invalid).getString("messageKk").contains("Мерзім"), invalid.body());

        ok(admin.post(
                "api/admin/catalog/SECURITY_ACTIVITY/grounds",
                Map.of(
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
        String number = InReviewApplication.ofTheDemoCompany();
        OfficerApi officer = OfficerApi.signIn("officer1", "officer-demo-pass");
        assertTrue(officer.caseJson(number).getJsonArray("grounds").toString().contains("\"LOCAL_RULE\""));
        ok(admin.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        ItEnvironment.BASE_URL + "api/admin/catalog/SECURITY_ACTIVITY/grounds/LOCAL_RULE"))
                .header("X-Requested-By", "CatalogAdminIT")
                .DELETE()));
        assertFalse(officer.caseJson(number).getJsonArray("grounds").toString().contains("\"LOCAL_RULE\""));
        assertEquals(
                changesBefore + 5,
                ItEnvironment.countRows("SELECT COUNT(*) FROM catalog_change"),
                "every change logged, the refused one not");
        assertEquals(
                recordedBefore + 5,
                ItEnvironment.countRows("SELECT COUNT(*) FROM admin_change WHERE area = 'CATALOG' AND actor = 'admin'"),
                "and recorded in the administrative change log with the admin's login");

        ApiClient officerApi = ApiClient.signIn("officer1", "officer-demo-pass");
        assertEquals(403, officerApi.get("api/admin/catalog").statusCode(), "an officer is not an administrator");
        assertEquals(
                403,
                officerApi.post(OPERATION, operation("true", "1")).statusCode(),
                "nor may an officer change anything");

        ItEnvironment.ScriptRun list = ItEnvironment.adminScript("catalog.sh", "list");
        assertEquals(0, list.exit(), list.output());
        assertTrue(list.output().contains("\"service\":\"TRAINING_CENTER\""), list.output());
        ItEnvironment.ScriptRun bad = ItEnvironment.adminScript(
                "catalog.sh", "set-operation", "PESTICIDE_SALE", "ISSUE", "true", "-1", "WORKING_DAYS", "19660");
        assertTrue(bad.exit() != 0 && bad.output().contains("SCHEMA_VIOLATION"), bad.output());
    }

    @Test
    void documentsAndSubtypesAreEditedInPlaceAndShownPerService() throws Exception {
        ApiClient admin = ApiClient.signIn("admin", "admin-demo-pass");
        ok(admin.post(
                "api/admin/catalog/VETERINARY/subtypes",
                Map.of(
                        "code",
                        "EXOTIC_ANIMALS",
                        "nameRu",
                        "Экзотические животные",
                        "nameKz",
                        "Экзотикалық жануарлар")));
        ok(admin.post(
                "api/admin/catalog/VETERINARY/documents",
                Map.of(
                        "operation", "ISSUE",
                        "code", "VET_DIPLOMA",
                        "mandatory", "false",
                        "applicantKind", "INDIVIDUAL",
                        "nameRu", "Диплом ветеринара",
                        "nameKz", "Ветеринар дипломы")));
        JsonObject vet = ApiClient.object(admin.get("api/admin/catalog/VETERINARY"));
        JsonObject issue = vet.getJsonArray("operations").getJsonObject(0);
        assertEquals("ISSUE", issue.getString("operation"));
        JsonObject diploma = issue.getJsonArray("documents").getJsonObject(0);
        assertEquals("VET_DIPLOMA", diploma.getString("code"), "replaced in place, still first: " + issue);
        assertEquals("Ветеринар дипломы", diploma.getString("nameKz"));
        assertFalse(diploma.getBoolean("mandatory"));
        assertTrue(vet.getJsonArray("subtypes").toString().contains("Экзотикалық жануарлар"), vet.toString());

        var badCode = admin.post(
                "api/admin/catalog/VETERINARY/subtypes", Map.of("code", "bad code", "nameRu", "x", "nameKz", "ж"));
        assertEquals(422, badCode.statusCode(), badCode.body());
        assertEquals("SCHEMA_VIOLATION", ApiClient.object(badCode).getString("code"));
        var noService =
                admin.post("api/admin/catalog/NO_SUCH/subtypes", Map.of("code", "X", "nameRu", "x", "nameKz", "ж"));
        assertEquals(422, noService.statusCode(), noService.body());
        assertEquals("SERVICE_NOT_IN_CATALOG", ApiClient.object(noService).getString("code"));
        var unknown = admin.get("api/admin/catalog/NO_SUCH");
        assertEquals(422, unknown.statusCode(), unknown.body());
        assertEquals("SERVICE_NOT_IN_CATALOG", ApiClient.object(unknown).getString("code"));

        ItEnvironment.ScriptRun removed =
                ItEnvironment.adminScript("catalog.sh", "remove-subtype", "VETERINARY", "EXOTIC_ANIMALS");
        assertEquals(0, removed.exit(), removed.output());
        ItEnvironment.ScriptRun again =
                ItEnvironment.adminScript("catalog.sh", "remove-subtype", "VETERINARY", "EXOTIC_ANIMALS");
        assertTrue(again.exit() != 0 && again.output().contains("\"ok\":false"), again.output());
        ItEnvironment.ScriptRun shown = ItEnvironment.adminScript("catalog.sh", "show", "VETERINARY");
        assertEquals(0, shown.exit(), shown.output());
        assertFalse(shown.output().contains("EXOTIC_ANIMALS"), shown.output());
        // the demo's document back as it was (other tests apply for this service)
        ItEnvironment.ScriptRun restored = ItEnvironment.adminScript(
                "catalog.sh",
                "put-document",
                "VETERINARY",
                "ISSUE",
                "VET_DIPLOMA",
                "true",
                "-",
                "Копия диплома о ветеринарном образовании",
                "Ветеринариялық білімі туралы дипломның көшірмесі");
        assertEquals(0, restored.exit(), restored.output());
        JsonObject back = ApiClient.object(admin.get("api/admin/catalog/VETERINARY"))
                .getJsonArray("operations")
                .getJsonObject(0)
                .getJsonArray("documents")
                .getJsonObject(0);
        assertEquals(
                "Ветеринариялық білімі туралы дипломның көшірмесі",
                back.getString("nameKz"),
                "the script's Kazakh text arrives as typed");
        assertTrue(back.getBoolean("mandatory"));
        assertEquals(
                "PUT_ACTIVITY_SUBTYPE,PUT_REQUIRED_DOCUMENT,REMOVE_ACTIVITY_SUBTYPE,PUT_REQUIRED_DOCUMENT",
                AdminChanges.actions("CATALOG", "VETERINARY", "admin"),
                "recorded with the admin's login; the removal that found nothing not");
    }

    @Test
    void theCatalogNamesEachServicesAutomaticResults() throws Exception {
        // issue 15 item 3: the results given without an officer (sealed with the provider's seal) are catalog data
        ApiClient admin = ApiClient.signIn("admin", "admin-demo-pass");
        JsonObject security = ApiClient.object(admin.get("api/admin/catalog/SECURITY_ACTIVITY"));
        var automatic = security.getJsonArray("automaticResults");
        JsonObject notFound = automatic.stream()
                .map(JsonObject.class::cast)
                .filter(r -> "APPLICANT_NOT_FOUND".equals(r.getString("reason")))
                .findFirst()
                .orElseThrow(() -> new AssertionError(security.toString()));
        assertEquals("AUTOMATIC_REFUSAL", notFound.getString("kind"));
        assertTrue(notFound.getString("nameKz").contains("мемлекеттік дерекқорында жоқ"), notFound.toString());
        assertTrue(automatic.toString().contains("\"PAYMENT_NOT_FOUND\""), automatic.toString());
        assertTrue(automatic.toString().contains("\"APPLICANT_LIQUIDATED\""), automatic.toString());
        assertEquals(
                0,
                ApiClient.object(admin.get("api/admin/catalog/TRAINING_CENTER"))
                        .getJsonArray("automaticResults")
                        .size(),
                "service 8 asks no registry and no fee: every result is an officer's");

        ItEnvironment.ScriptRun shown = ItEnvironment.adminScript("catalog.sh", "show", "PRIVATE_BAILIFF");
        assertEquals(0, shown.exit(), shown.output());
        assertTrue(shown.output().contains("\"automaticResults\""), shown.output());
        assertFalse(
                shown.output().contains("\"SIGNER_MISMATCH\""), "GBD FL has no head to mismatch: " + shown.output());
    }

    private static final String OPERATION = "api/admin/catalog/PESTICIDE_SALE/operations/ISSUE";

    private static Map<String, String> operation(String enabled, String term) {
        return Map.of("enabled", enabled, "term", term, "unit", "WORKING_DAYS", "fee", "19660.00");
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

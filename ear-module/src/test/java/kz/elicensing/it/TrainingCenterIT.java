package kz.elicensing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import kz.elicensing.sandbox.portal.ApplicationBuilder;
import kz.elicensing.sandbox.portal.SendResult;
import kz.elicensing.sandbox.xml.XmlSignatureVerifier;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Service 8 (Reg. 003): a signed application through the portal, registered at once (no fee, no registry), walked by
 * the Administrative police committee's officer through the steps of §5, each with its own deadline, and answered
 * with a signed ministerial order in the applicant's cabinet; or refused, with reasons, at the completeness check.
 */
@ExtendWith(ArquillianExtension.class)
class TrainingCenterIT {
    private static final String OFFICER = "mvd1";

    @BeforeAll
    static void outsideWorld() {
        ItEnvironment.sandbox();
    }

    @Test
    void theSixStepsEndInASignedMinisterialOrder() throws Exception {
        String number = submit();
        SendResult status = ItEnvironment.portal().getStatus(number);
        assertEquals("IN_REVIEW", ItEnvironment.element(status.dataXml(), "status"));
        assertEquals(
                "COMPLETENESS_CHECK",
                ItEnvironment.element(status.dataXml(), "currentStep"),
                "registration (step 1) is done on arrival: " + status.dataXml());
        LocalDate stepDeadline = LocalDate.parse(ItEnvironment.element(status.dataXml(), "stepDeadline"));
        LocalDate deadline = LocalDate.parse(ItEnvironment.element(status.dataXml(), "deadline"));
        assertTrue(
                stepDeadline.isAfter(ItEnvironment.almatyToday().minusDays(1)) && stepDeadline.isBefore(deadline),
                stepDeadline + " within " + deadline);

        OfficerApi officer = OfficerApi.signIn(OFFICER, "officer-demo-pass");
        JsonObject view = officer.caseJson(number);
        assertEquals("COMPLETENESS_CHECK", view.getString("currentStep"), "the officer sees the step: " + view);
        assertEquals(stepDeadline.toString(), view.getString("stepDeadline"));
        assertEquals(6, view.getJsonArray("steps").size(), "the procedure's steps with their deadlines");
        HttpResponse<String> early = officer.approve(number);
        assertEquals("OPERATION_NOT_ALLOWED", OfficerApi.code(early), "no order before the last step");

        for (String next : new String[] {"COMPLIANCE_CHECK", "DRAFT_ORDER", "APPROVAL", "DELIVERY"}) {
            assertEquals("IN_REVIEW", OfficerApi.done(officer.step(number)).getString("status"));
            assertEquals(
                    next,
                    ItEnvironment.element(
                            ItEnvironment.portal().getStatus(number).dataXml(), "currentStep"));
        }
        view = officer.caseJson(number);
        assertFalse(view.getJsonObject("actions").getBoolean("refuse"), "no refusal at the delivery step");
        assertTrue(view.getJsonObject("actions").getBoolean("issueOrder"));
        assertTrue(
                view.getJsonArray("steps").getJsonObject(5).getString("nameKz").matches(".*[әғқңөұүһі].*"),
                "the step's name in Kazakh: " + view.getJsonArray("steps"));
        HttpResponse<String> refusedThere = officer.refuse(number, "PACKAGE_INCOMPLETE", "Нет", "Жоқ");
        assertEquals("OPERATION_NOT_ALLOWED", OfficerApi.code(refusedThere));
        JsonObject ordered = OfficerApi.done(officer.approve(number));
        assertTrue(ordered.getString("resultNumber").matches("\\d{4}-\\d{6}"), ordered.toString());

        ItEnvironment.awaitStatus(number, "ISSUED", Duration.ofSeconds(5));
        SendResult result = ItEnvironment.portal().getResult(number);
        assertEquals("ORDER", ItEnvironment.element(result.dataXml(), "kind"));
        String order = SignedApplicationFlowIT.unescape(ItEnvironment.element(result.dataXml(), "signedDocument"));
        new XmlSignatureVerifier(ItEnvironment.sandbox().pki().caCertificate()).verify(order);
        assertTrue(ItEnvironment.element(order, "orderNumber").matches("\\d{4}-\\d{6}"), order);
        assertTrue(ItEnvironment.element(order, "decisionKz").contains("арнайы оқу орталығы болып айқындалсын"), order);
        assertEquals(
                0L,
                ItEnvironment.countRows("SELECT COUNT(*) FROM license WHERE app_number = '" + number + "'"),
                "an order is not a license: nothing enters the registry");
        long steps = ItEnvironment.countRows("SELECT COUNT(*) FROM application_event e JOIN application a"
                + " ON a.id = e.application_id WHERE a.app_number = '" + number + "' AND e.note LIKE '% done'");
        assertEquals(5L, steps, "registration and four officer steps recorded as done");
    }

    @Test
    void anIncompletePackageIsRefusedAtTheCompletenessCheck() throws Exception {
        String number = submit();
        OfficerApi officer = OfficerApi.signIn(OFFICER, "officer-demo-pass");
        assertTrue(
                officer.caseJson(number).getJsonArray("grounds").stream()
                        .anyMatch(g ->
                                "PACKAGE_INCOMPLETE".equals(g.asJsonObject().getString("code"))),
                "service 8's own grounds");
        OfficerApi.done(officer.refuse(
                number,
                "PACKAGE_INCOMPLETE",
                "Нет копии лицензии на образовательную деятельность.",
                "Білім беру қызметіне лицензияның көшірмесі жоқ."));
        String refusal = SignedApplicationFlowIT.unescape(
                ItEnvironment.element(ItEnvironment.portal().getResult(number).dataXml(), "signedDocument"));
        new XmlSignatureVerifier(ItEnvironment.sandbox().pki().caCertificate()).verify(refusal);
        assertEquals("PACKAGE_INCOMPLETE", ItEnvironment.element(refusal, "reasonCode"));
        assertTrue(ItEnvironment.element(refusal, "legalBasisKz").contains("9-тармақ"), refusal);
    }

    /** A TRAINING_CENTER application of a fresh company, signed by its head: no fee to pay, no registry to ask. */
    private static String submit() {
        FreshCompany c = FreshCompany.registeredAndPaid();
        ApplicationBuilder b = ApplicationBuilder.securityActivity()
                .service("TRAINING_CENTER")
                .legalEntity(c.bin(), c.name(), FreshCompany.HEAD_IIN)
                .requestId(UUID.randomUUID().toString())
                .payment("NONE-" + UUID.randomUUID(), BigDecimal.ZERO);
        SendResult receipt = ItEnvironment.portal().submitApplication(ItEnvironment.sign(b, c.head()));
        assertEquals("SUCCESS", receipt.statusCode(), receipt.statusMessage());
        return ItEnvironment.element(receipt.dataXml(), "applicationNumber");
    }
}

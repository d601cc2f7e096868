package kz.elicensing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import kz.elicensing.sandbox.Sandbox;
import kz.elicensing.sandbox.portal.SendResult;
import kz.elicensing.sandbox.xml.XmlSignatureVerifier;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Condition 4 / process 10 of channel 1 (Reg. 000 §2.2(14)-(15)): the officer refuses on a ground chosen from the
 * catalog's grounds of the service plus the officer's own motivation in both languages; the applicant gets it as a
 * document signed by the provider's authorized person. A ground the catalog does not have is refused.
 */
@ExtendWith(ArquillianExtension.class)
class OfficerDecisionIT {
    private static final Duration CHECKS = Duration.ofSeconds(60);

    @BeforeAll
    static void outsideWorld() {
        ItEnvironment.sandbox();
    }

    @Test
    void aRefusalOnACatalogGroundIsSignedInBothLanguages() throws Exception {
        Sandbox sandbox = ItEnvironment.sandbox();
        String number = ItEnvironment.element(
                ItEnvironment.portal()
                        .submitApplication(ItEnvironment.sign(
                                ItEnvironment.companyApplication(),
                                sandbox.demo().company()))
                        .dataXml(),
                "applicationNumber");
        ItEnvironment.awaitStatus(number, "IN_REVIEW", CHECKS);

        OfficerApi officer = OfficerApi.signIn("officer1", "officer-demo-pass");
        JsonObject firstGround =
                officer.caseJson(number).getJsonArray("grounds").getJsonObject(0);
        String ground = firstGround.getString("code");
        assertTrue(
                firstGround.getString("nameKz").matches(".*[әғқңөұүһі].*"),
                "the catalog's ground has its Kazakh name: " + firstGround);

        HttpResponse<String> unknown = officer.refuse(number, "NO_SUCH_GROUND", "Нет", "Жоқ");
        assertEquals(422, unknown.statusCode(), unknown.body());
        assertEquals("REFUSAL_GROUND_UNKNOWN", OfficerApi.code(unknown));
        assertEquals(
                "IN_REVIEW",
                ItEnvironment.element(ItEnvironment.portal().getStatus(number).dataXml(), "status"));

        HttpResponse<String> refused = officer.refuse(
                number,
                ground,
                "Штат охранников не укомплектован.",
                "Күзетшілер штаты жасақталмаған, құжаттар толық емес.");
        assertEquals("REFUSED", OfficerApi.done(refused).getString("status"));
        HttpResponse<String> again = officer.refuse(number, ground, "Повторно", "Қайталап");
        assertEquals(403, again.statusCode(), "a second decision is refused: " + again.body());
        assertEquals("OPERATION_NOT_ALLOWED", OfficerApi.code(again));

        ItEnvironment.awaitStatus(number, "REFUSED", Duration.ofSeconds(5));
        SendResult result = ItEnvironment.portal().getResult(number);
        assertEquals("REFUSAL", ItEnvironment.element(result.dataXml(), "kind"));
        String refusal = SignedApplicationFlowIT.unescape(ItEnvironment.element(result.dataXml(), "signedDocument"));
        assertEquals(
                sandbox.demo().providerSigner().certificate(),
                new XmlSignatureVerifier(sandbox.pki().caCertificate())
                        .verify(refusal)
                        .signer());
        assertEquals(ground, ItEnvironment.element(refusal, "reasonCode"));
        assertFalse(ItEnvironment.element(refusal, "reasonRu").isBlank());
        assertFalse(ItEnvironment.element(refusal, "legalBasisKz").isBlank());
        assertEquals("Штат охранников не укомплектован.", ItEnvironment.element(refusal, "commentRu"));
        assertEquals(
                "Күзетшілер штаты жасақталмаған, құжаттар толық емес.", ItEnvironment.element(refusal, "commentKz"));
    }
}

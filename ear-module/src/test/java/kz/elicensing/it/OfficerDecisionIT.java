package kz.elicensing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.elicensing.sandbox.Sandbox;
import kz.elicensing.sandbox.portal.SendResult;
import kz.elicensing.sandbox.xml.XmlSignatureVerifier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
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

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ItEnvironment.ear();
    }

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

        OfficerBrowser officer = new OfficerBrowser();
        officer.signIn("officer1", "officer-demo-pass");
        HttpResponse<String> page = officer.get("officer?lang=kk");
        Matcher select = Pattern.compile("<select name=\"ground\"[^>]*id=\"ground-" + Pattern.quote(number)
                        + "\"[^>]*>\\s*<option value=\"([^\"]+)\">([^<]+)</option>")
                .matcher(page.body());
        assertTrue(select.find(), "the refusal form offers the catalog's grounds: " + page.body());
        String ground = select.group(1);
        assertTrue(select.group(2).matches(".*[әғқңөұүһі].*"), "the ground is shown in Kazakh: " + select.group(2));

        HttpResponse<String> unknown = officer.decide(
                page.body(),
                Map.of(
                        "action",
                        "refuse",
                        "number",
                        number,
                        "ground",
                        "NO_SUCH_GROUND",
                        "reasonRu",
                        "Нет",
                        "reasonKz",
                        "Жоқ"));
        assertTrue(
                unknown.uri().getQuery().contains("done=error"), unknown.uri().toString());
        assertEquals(
                "IN_REVIEW",
                ItEnvironment.element(ItEnvironment.portal().getStatus(number).dataXml(), "status"));

        HttpResponse<String> refused = officer.decide(
                page.body(),
                Map.of(
                        "action",
                        "refuse",
                        "number",
                        number,
                        "ground",
                        ground,
                        "reasonRu",
                        "Штат охранников не укомплектован.",
                        "reasonKz",
                        "Күзетшілер штаты жасақталмаған, құжаттар толық емес."));
        assertTrue(
                refused.uri().getQuery().contains("done=refused"), refused.uri().toString());

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

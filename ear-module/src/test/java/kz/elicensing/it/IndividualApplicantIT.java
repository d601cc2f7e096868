package kz.elicensing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;
import kz.elicensing.sandbox.gateway.fault.FaultSpec;
import kz.elicensing.sandbox.pki.DemoIdentities;
import kz.elicensing.sandbox.pki.IdentitySpec;
import kz.elicensing.sandbox.pki.IssuedIdentity;
import kz.elicensing.sandbox.portal.ApplicationBuilder;
import kz.elicensing.sandbox.portal.SendResult;
import kz.elicensing.sandbox.registry.IndividualRegistry;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Channel 1 for an individual (PRIVATE_BAILIFF, catalog registry GBD_FL): intake asks GBD FL, not GBD UL, through the
 * gateway; a person who is not there, or is deceased, gets a signed APPLICANT_NOT_FOUND refusal; a GBD FL that never
 * answers leaves the application CHECK_FAILED like GBD UL.
 */
@ExtendWith(ArquillianExtension.class)
class IndividualApplicantIT {
    static final BigDecimal FEE = new BigDecimal("19660.00");

    @BeforeAll
    static void sandbox() {
        ItEnvironment.sandbox();
    }

    static String bailiffApplication(String iin, String surname, String name, IssuedIdentity signer) {
        ApplicationBuilder b = ApplicationBuilder.securityActivity()
                .service("PRIVATE_BAILIFF")
                .individual(iin, surname, name, null)
                .requestId(UUID.randomUUID().toString())
                .payment(payment(iin), FEE);
        SendResult receipt = ItEnvironment.portal().submitApplication(ItEnvironment.sign(b, signer));
        return ItEnvironment.element(receipt.dataXml(), "applicationNumber");
    }

    static String payment(String payer) {
        String reference = "PAY-FL-" + UUID.randomUUID();
        ItEnvironment.sandbox().payments().pay(reference, payer, FEE);
        return reference;
    }

    static IssuedIdentity person(String iin, String surname, String name) {
        return ItEnvironment.sandbox()
                .pki()
                .issue(IdentitySpec.builder(IdentitySpec.Kind.INDIVIDUAL)
                        .iin(iin)
                        .surname(surname)
                        .name(name)
                        .usage(IdentitySpec.Usage.SIGNING)
                        .build());
    }

    static long gbdflCalls() {
        return ItEnvironment.sandbox().adminClient().journal().stream()
                .filter(e -> "GBDFL_UniversalServiceSync".equals(e.serviceId()))
                .count();
    }

    @Test
    void aPersonInGbdFlReachesReviewAndGbdUlIsNotAsked() throws Exception {
        ItEnvironment.awaitOutboxIdle(Duration.ofSeconds(60));
        long ulBefore = ItEnvironment.sandbox().adminClient().journal().stream()
                .filter(e -> "GbdulInfoByBin_v2".equals(e.serviceId()))
                .count();
        long flBefore = gbdflCalls();
        String number = bailiffApplication(
                DemoIdentities.PERSON_IIN,
                DemoIdentities.PERSON_SURNAME,
                DemoIdentities.PERSON_NAME,
                ItEnvironment.sandbox().demo().person());
        ItEnvironment.awaitStatus(number, "IN_REVIEW", Duration.ofSeconds(60));
        assertTrue(gbdflCalls() > flBefore, "GBD FL was asked");
        assertEquals(
                ulBefore,
                ItEnvironment.sandbox().adminClient().journal().stream()
                        .filter(e -> "GbdulInfoByBin_v2".equals(e.serviceId()))
                        .count(),
                "GBD UL was not asked");
    }

    @Test
    void anUnknownOrDeceasedPersonIsRefusedWithASignedApplicantNotFound() throws Exception {
        for (String iin : new String[] {IndividualRegistry.ABSENT_IIN, IndividualRegistry.DECEASED_IIN}) {
            String number = bailiffApplication(iin, "ҚҰРМАНҒАЛИЕВ", "ӨМІРЗАҚ", person(iin, "ҚҰРМАНҒАЛИЕВ", "ӨМІРЗАҚ"));
            ItEnvironment.awaitStatus(number, "REFUSED", Duration.ofSeconds(60));
            String refusal = SignedApplicationFlowIT.unescape(ItEnvironment.element(
                    ItEnvironment.portal().getResult(number).dataXml(), "signedDocument"));
            assertEquals("APPLICANT_NOT_FOUND", ItEnvironment.element(refusal, "reasonCode"), iin);
        }
    }

    @Test
    void aGbdFlThatNeverAnswersLeavesTheApplicationCheckFailed() throws Exception {
        ItEnvironment.awaitOutboxIdle(Duration.ofSeconds(60));
        var admin = ItEnvironment.sandbox().adminClient();
        admin.setFault("GBDFL_UniversalServiceSync", FaultSpec.http500());
        try {
            long before = gbdflCalls();
            String number = bailiffApplication(
                    DemoIdentities.PERSON_IIN,
                    DemoIdentities.PERSON_SURNAME,
                    DemoIdentities.PERSON_NAME,
                    ItEnvironment.sandbox().demo().person());
            ItEnvironment.awaitStatus(number, "CHECK_FAILED", Duration.ofSeconds(90));
            assertEquals(ItEnvironment.outboxMaxAttempts(), gbdflCalls() - before, "every attempt, then given up");
        } finally {
            admin.clearFault("GBDFL_UniversalServiceSync");
        }
    }
}

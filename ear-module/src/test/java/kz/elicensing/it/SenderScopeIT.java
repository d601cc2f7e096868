package kz.elicensing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import kz.elicensing.sandbox.pki.DemoIdentities;
import kz.elicensing.sandbox.portal.PortalClient;
import kz.elicensing.sandbox.portal.SendResult;
import kz.elicensing.sandbox.portal.ShepFaultException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Data scope per sender over real SOAP: a sender reads the applications it submitted and, when bound to providers,
 * theirs; another sender's application is APPLICATION_NOT_FOUND exactly like a number that does not exist.
 */
@ExtendWith(ArquillianExtension.class)
class SenderScopeIT {
    static final String STATUS = "ELICENSE_GetApplicationStatus";
    static final String RESULT = "ELICENSE_GetResult";

    @BeforeAll
    static void outsideWorld() {
        ItEnvironment.sandbox();
    }

    @Test
    void aSenderCannotReadAnotherSendersApplicationNorProbeItsNumber() throws Exception {
        long n = System.nanoTime();
        PortalClient a = registered("SCOPE_A_" + n, Map.of(), "ELICENSE_SubmitApplication", STATUS, RESULT);
        PortalClient b = registered("SCOPE_B_" + n, Map.of(), STATUS, RESULT);
        PortalClient office = registered("SCOPE_DP_" + n, Map.of("SENDER_PROVIDERS", "DP_ALMATY"), STATUS, RESULT);
        SendResult receipt = a.submitApplication(ItEnvironment.sign(
                ItEnvironment.companyApplication(),
                ItEnvironment.sandbox().demo().company()));
        String number = ItEnvironment.element(receipt.dataXml(), "applicationNumber");
        assertNotNull(number, receipt.dataXml());

        assertEquals(number, ItEnvironment.element(a.getStatus(number).dataXml(), "applicationNumber"));
        assertEquals(
                number,
                ItEnvironment.element(office.getStatus(number).dataXml(), "applicationNumber"),
                "the provider's own system sees it");

        String missing = number.substring(0, number.length() - 4) + "9999";
        ShepFaultException nowhere = assertThrows(ShepFaultException.class, () -> b.getStatus(missing));
        for (ShepFaultException hidden : new ShepFaultException[] {
            assertThrows(ShepFaultException.class, () -> b.getStatus(number)),
            assertThrows(ShepFaultException.class, () -> b.getResult(number))
        }) {
            assertEquals("APPLICATION_NOT_FOUND", hidden.errorCode(), hidden.errorMessage());
            assertEquals(nowhere.errorCode(), hidden.errorCode());
            assertEquals(nowhere.errorMessage().replace(missing, number), hidden.errorMessage());
        }
        String list = b.getStatusByApplicant(DemoIdentities.COMPANY_BIN).dataXml();
        assertFalse(list.contains(number), "the applicant's list leaves another sender's application out: " + list);
        assertTrue(
                a.getStatusByApplicant(DemoIdentities.COMPANY_BIN).dataXml().contains(number),
                "the submitting sender finds it by the applicant");
    }

    /** Registers a sender with ./senders.sh, bound to the portal's certificate; returns its client. */
    private static PortalClient registered(String id, Map<String, String> env, String... services) throws Exception {
        String password = "scope-demo-pass-" + id;
        String[] args = new String[5 + services.length];
        args[0] = "register";
        args[1] = id;
        args[2] = password;
        args[3] = DemoIdentities.PORTAL_BIN;
        args[4] = DemoIdentities.PORTAL_CN;
        System.arraycopy(services, 0, args, 5, services.length);
        ItEnvironment.ScriptRun run = ItEnvironment.adminScript(env, "senders.sh", args);
        assertEquals(0, run.exit(), run.output());
        return ItEnvironment.client(id, password)
                .verifyingAnswers(ItEnvironment.sandbox().pki().caCertificate());
    }
}

package kz.elicensing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import kz.elicensing.sandbox.pki.DemoIdentities;
import kz.elicensing.sandbox.portal.PortalClient;
import kz.elicensing.sandbox.portal.SendResult;
import kz.elicensing.sandbox.portal.ShepFaultException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The administrator registers, uses and disables a sending system with {@code ./senders.sh}; its messages must be signed by the registered certificate. */
@ExtendWith(ArquillianExtension.class)
class SenderAdminIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ItEnvironment.ear();
    }

    @BeforeAll
    static void outsideWorld() {
        ItEnvironment.sandbox();
    }

    @Test
    void aRegisteredSenderMaySendWhatItWasGrantedUntilItIsDisabled() throws Exception {
        String id = "EGOV_MOBILE_" + System.nanoTime();
        String password = "mobile-demo-pass-" + System.nanoTime();
        // bound to the portal operator's certificate (BIN and CN of data/keys/portal-system.p12)
        Result registered = senders(
                "register",
                id,
                password,
                DemoIdentities.PORTAL_BIN,
                DemoIdentities.PORTAL_CN,
                "ELICENSE_GetApplicationStatus");
        assertEquals(0, registered.exit(), registered.output());
        Result listed = senders("list");
        assertTrue(
                listed.output()
                        .contains("\"senderId\":\"" + id + "\",\"enabled\":true,\"certificateBin\":\""
                                + DemoIdentities.PORTAL_BIN + "\""),
                listed.output());

        PortalClient mobile = new PortalClient(ItEnvironment.SYNC_CHANNEL_URL, id, password)
                .signedBy(ItEnvironment.sandbox().demo().portalSystem());
        SendResult status = mobile.getStatusByApplicant("150140000012");
        assertEquals("SUCCESS", status.statusCode());
        assertEquals(
                "SENDER_NOT_ALLOWED",
                assertThrows(
                                ShepFaultException.class,
                                () -> mobile.submitApplication(ItEnvironment.sign(
                                        ItEnvironment.companyApplication(),
                                        ItEnvironment.sandbox().demo().company())))
                        .errorCode());
        PortalClient impostor = new PortalClient(ItEnvironment.SYNC_CHANNEL_URL, id, password)
                .signedBy(ItEnvironment.sandbox().demo().pepSystem());
        assertEquals(
                "MESSAGE_SIGNATURE_INVALID",
                assertThrows(ShepFaultException.class, () -> impostor.getStatusByApplicant("150140000012"))
                        .errorCode());

        Result refused = senders(
                "register",
                id,
                "short",
                DemoIdentities.PORTAL_BIN,
                DemoIdentities.PORTAL_CN,
                "ELICENSE_GetApplicationStatus");
        assertTrue(refused.exit() != 0 && refused.output().contains("SCHEMA_VIOLATION"), refused.output());

        assertEquals(0, senders("disable", id).exit());
        assertEquals(
                "SENDER_UNKNOWN",
                assertThrows(ShepFaultException.class, () -> mobile.getStatusByApplicant("150140000012"))
                        .errorCode());
    }

    @Test
    void theFirstAdministratorIsCreatedWithAdminShAndSignsInWithThePasswordChosen() throws Exception {
        String user = "root" + System.nanoTime();
        String password = "first-admin-" + System.nanoTime();
        ItEnvironment.ScriptRun sql = ItEnvironment.adminScript(
                java.util.Map.of("ELICENSING_NEW_PASSWORD", password),
                "admin.sh",
                "first-admin",
                user,
                "Жүйе 'әкімшісі'");
        assertEquals(0, sql.exit(), sql.output());
        assertTrue(sql.output().contains("$6$") && !sql.output().contains(password), "only the hash: " + sql.output());
        try (java.sql.Connection db = ItEnvironment.database();
                java.sql.Statement st = db.createStatement()) {
            String insert = sql.output().strip().replaceAll(";$", "");
            assertEquals(1, st.executeUpdate(insert));
            assertEquals(0, st.executeUpdate(insert), "an existing username is left as it is");
        }
        ItEnvironment.ScriptRun asRoot = ItEnvironment.adminScript(
                java.util.Map.of("ELICENSING_ADMIN_USER", user, "ELICENSING_ADMIN_PASSWORD", password),
                "senders.sh",
                "list");
        assertEquals(0, asRoot.exit(), asRoot.output());
        assertTrue(asRoot.output().contains("\"senderId\":\"PORTAL\""), asRoot.output());
        ItEnvironment.ScriptRun wrong = ItEnvironment.adminScript(
                java.util.Map.of("ELICENSING_ADMIN_USER", user, "ELICENSING_ADMIN_PASSWORD", password + "x"),
                "senders.sh",
                "list");
        assertTrue(wrong.exit() != 0, wrong.output());
    }

    private record Result(int exit, String output) {}

    /** Runs {@code ./senders.sh} against this server. */
    private static Result senders(String... args) throws IOException, InterruptedException {
        ItEnvironment.ScriptRun run = ItEnvironment.adminScript("senders.sh", args);
        return new Result(run.exit(), run.output());
    }
}

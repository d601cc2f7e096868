package kz.elicensing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
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
 * The administrator registers, uses and disables a sending system with {@code ./senders.sh} (the admin API
 * {@code /api/admin/senders}); its messages must be signed by the registered certificate; every change is recorded
 * with the admin's login.
 */
@ExtendWith(ArquillianExtension.class)
class SenderAdminIT {

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
                "the fields in their order, as before: " + listed.output());
        JsonObject shown = sender(id);
        assertEquals(DemoIdentities.PORTAL_CN, shown.getString("certificateCn"));
        assertTrue(shown.isNull("certificateSha256"), "no pin: null, as before");
        assertEquals("SYSTEM", shown.getString("kind"));
        assertEquals(
                "[\"ELICENSE_GetApplicationStatus\"]",
                shown.getJsonArray("services").toString());

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
        assertTrue(refused.output().contains("не менее 12"), "the refusal's own text: " + refused.output());

        assertEquals(0, senders("disable", id).exit());
        assertFalse(sender(id).getBoolean("enabled"));
        Result unknown = senders("disable", "NO_SUCH_SENDER_" + System.nanoTime());
        assertTrue(unknown.exit() != 0 && unknown.output().contains("\"ok\":false"), unknown.output());
        assertEquals(
                "REGISTER,DISABLE",
                AdminChanges.actions("SENDER", id, "admin"),
                "every change recorded with the admin's login, the refused one not");
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

    @Test
    void theApiChecksTheCallerTheHeaderAndEveryField() throws Exception {
        ApiClient admin = ApiClient.signIn("admin", "admin-demo-pass");
        HttpResponse<String> noHeader =
                admin.send(HttpRequest.newBuilder(URI.create(ItEnvironment.BASE_URL + "api/admin/senders"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("senderId=X")));
        assertEquals(403, noHeader.statusCode(), noHeader.body());
        assertEquals("CSRF_HEADER_MISSING", ApiClient.object(noHeader).getString("code"));

        String id = "API_SENDER_" + System.nanoTime();
        HttpResponse<String> badBin = admin.post(
                "api/admin/senders",
                List.of(
                        Map.entry("senderId", id),
                        Map.entry("password", "api-sender-pass-1"),
                        Map.entry("certificateBin", "150140000013"),
                        Map.entry("service", "ELICENSE_GetResult")));
        assertEquals(422, badBin.statusCode(), badBin.body());
        assertEquals("INVALID_BIN", ApiClient.object(badBin).getString("code"));
        assertTrue(ApiClient.object(badBin).getString("messageKk").contains("БСН"), badBin.body());
        HttpResponse<String> badKind = admin.post(
                "api/admin/senders",
                List.of(
                        Map.entry("senderId", id),
                        Map.entry("password", "api-sender-pass-1"),
                        Map.entry("certificateBin", DemoIdentities.PORTAL_BIN),
                        Map.entry("kind", "KING")));
        assertEquals(422, badKind.statusCode(), badKind.body());

        HttpResponse<String> registered = admin.post(
                "api/admin/senders",
                List.of(
                        Map.entry("senderId", id),
                        Map.entry("password", "api-sender-pass-1"),
                        Map.entry("certificateBin", DemoIdentities.PORTAL_BIN),
                        Map.entry("certificateCn", DemoIdentities.PORTAL_CN),
                        Map.entry("kind", "AUTHORITY"),
                        Map.entry("service", "ELICENSE_GetApplicationStatus"),
                        Map.entry("service", "ELICENSE_GetResult")));
        assertEquals(200, registered.statusCode(), registered.body());
        assertEquals("AUTHORITY", ApiClient.object(registered).getString("kind"));
        assertEquals(2, ApiClient.object(registered).getJsonArray("services").size());
        // changed without a password: the old one still signs in
        HttpResponse<String> changed = admin.post(
                "api/admin/senders",
                List.of(
                        Map.entry("senderId", id),
                        Map.entry("certificateBin", DemoIdentities.PORTAL_BIN),
                        Map.entry("certificateCn", DemoIdentities.PORTAL_CN),
                        Map.entry("service", "ELICENSE_GetApplicationStatus")));
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals("SYSTEM", ApiClient.object(changed).getString("kind"));
        PortalClient client = new PortalClient(ItEnvironment.SYNC_CHANNEL_URL, id, "api-sender-pass-1")
                .signedBy(ItEnvironment.sandbox().demo().portalSystem());
        assertEquals("SUCCESS", client.getStatusByApplicant("150140000012").statusCode());
        assertEquals("REGISTER,CHANGE", AdminChanges.actions("SENDER", id, "admin"));

        ApiClient officer = ApiClient.signIn("officer1", "officer-demo-pass");
        assertEquals(403, officer.get("api/admin/senders").statusCode(), "an officer is no administrator");
    }

    /** One sender as the API shows it. */
    private static JsonObject sender(String id) throws Exception {
        HttpResponse<String> r = ApiClient.signIn("admin", "admin-demo-pass").get("api/admin/senders/" + id);
        assertEquals(200, r.statusCode(), r.body());
        return ApiClient.object(r);
    }

    private record Result(int exit, String output) {}

    /** Runs {@code ./senders.sh} against this server. */
    private static Result senders(String... args) throws IOException, InterruptedException {
        ItEnvironment.ScriptRun run = ItEnvironment.adminScript("senders.sh", args);
        return new Result(run.exit(), run.output());
    }
}

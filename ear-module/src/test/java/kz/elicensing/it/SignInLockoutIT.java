package kz.elicensing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import kz.elicensing.sandbox.pki.DemoIdentities;
import kz.elicensing.sandbox.portal.PortalClient;
import kz.elicensing.sandbox.portal.ShepFaultException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Finding 8 through the deployed EAR: repeated wrong passwords lock a sender id (SOAP) and an officer's login (the
 * sign-in form, Elytron's brute-force protection) out, the right password included, with rows in sign_in_audit; once
 * the lockout is over (short in the ITs: arquillian.xml) the right password works again.
 */
@ExtendWith(ArquillianExtension.class)
class SignInLockoutIT {
    /** The defaults (configure.cli, ElicensingConfig): five failures lock out. */
    private static final int MAX_FAILURES = 5;

    @BeforeAll
    static void outsideWorld() {
        ItEnvironment.sandbox();
    }

    private static PortalClient sender(String id, String password) {
        return new PortalClient(ItEnvironment.SYNC_CHANNEL_URL, id, password)
                .signedBy(ItEnvironment.sandbox().demo().portalSystem());
    }

    private static String faultOf(PortalClient client) {
        return assertThrows(ShepFaultException.class, () -> client.getStatusByApplicant("150140000012"))
                .errorCode();
    }

    @Test
    void aSenderIsLockedOutAfterRepeatedWrongPasswordsThenGetsInAgain() throws Exception {
        String id = "LOCKIT_" + System.nanoTime();
        String password = "lockout-it-pass-" + System.nanoTime();
        ItEnvironment.ScriptRun registered = ItEnvironment.adminScript(
                "senders.sh",
                "register",
                id,
                password,
                DemoIdentities.PORTAL_BIN,
                DemoIdentities.PORTAL_CN,
                "ELICENSE_GetApplicationStatus");
        assertEquals(0, registered.exit(), registered.output());
        assertEquals(
                "SUCCESS",
                sender(id, password).getStatusByApplicant("150140000012").statusCode());

        for (int i = 0; i < MAX_FAILURES; i++) {
            assertEquals("SENDER_UNKNOWN", faultOf(sender(id, "wrong-" + i)), "failure " + (i + 1));
        }
        assertEquals("RATE_LIMITED", faultOf(sender(id, password)), "locked out: the right password too");
        assertEquals("RATE_LIMITED", faultOf(sender(id, "wrong-again")));

        // an id nobody has is locked out the same way: the answers do not tell ids apart
        String nobody = "NOBODY_" + System.nanoTime();
        for (int i = 0; i < MAX_FAILURES; i++) {
            assertEquals("SENDER_UNKNOWN", faultOf(sender(nobody, "x" + i)));
        }
        assertEquals("RATE_LIMITED", faultOf(sender(nobody, "x")));

        awaitRows("SENDER", id, "FAILED", MAX_FAILURES);
        awaitRows("SENDER", id, "LOCKED", 1);
        awaitRows("SENDER", nobody, "LOCKED", 1);
        assertEquals(
                0,
                ItEnvironment.countRows(
                        "SELECT COUNT(*) FROM sign_in_audit WHERE principal = '" + nobody + "' AND outcome = 'FAILED'"),
                "an unknown id's failures are not rows (a spray of ids cannot fill the table)");

        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            try {
                assertEquals(
                        "SUCCESS",
                        sender(id, password)
                                .getStatusByApplicant("150140000012")
                                .statusCode());
                break;
            } catch (ShepFaultException e) {
                assertEquals("RATE_LIMITED", e.errorCode());
                assertTrue(System.nanoTime() < deadline, "still locked out after 90 s");
                Thread.sleep(500);
            }
        }
    }

    @Test
    void anOfficerIsLockedOutAfterRepeatedWrongPasswordsThenGetsInAgain() throws Exception {
        String login = "lockit-" + System.nanoTime();
        try (Connection db = ItEnvironment.database();
                PreparedStatement insert = db.prepareStatement(
                        "INSERT INTO officer (username, password_hash, full_name, provider_code, officer_role)"
                                + " SELECT ?, password_hash, full_name, provider_code, officer_role FROM officer"
                                + " WHERE username = 'officer1'")) {
            insert.setString(1, login);
            assertEquals(1, insert.executeUpdate());
        }
        try {
            lockOutAndWaitItOut(login);
        } finally {
            // not one of the provider's officers for the other ITs (assignment lists)
            try (Connection db = ItEnvironment.database();
                    PreparedStatement delete = db.prepareStatement("DELETE FROM officer WHERE username = ?")) {
                delete.setString(1, login);
                delete.executeUpdate();
            }
        }
    }

    private static void lockOutAndWaitItOut(String login) throws Exception {
        assertTrue(signIn(login, "officer-demo-pass"), "the right password works first");
        for (int i = 0; i < MAX_FAILURES; i++) {
            assertFalse(signIn(login, "wrong-" + i));
        }
        assertFalse(signIn(login, "officer-demo-pass"), "locked out: the right password too");
        awaitRows("OFFICER", login, "FAILED", MAX_FAILURES);
        awaitRows("OFFICER", login, "LOCKED", 1);

        // Elytron starts the lockout again with every try during it: wait it out (1 minute in the ITs) without trying
        Thread.sleep(Duration.ofSeconds(70).toMillis());
        assertTrue(signIn(login, "officer-demo-pass"), "the right password works again once the lockout is over");
    }

    /** One sign-in on the form, as a browser does it: true when the officer page is shown afterwards. */
    private static boolean signIn(String user, String password) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        http.send(
                HttpRequest.newBuilder(URI.create(ItEnvironment.BASE_URL + "officer/index.xhtml"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(URI.create(ItEnvironment.BASE_URL + "j_security_check"))
                        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString("j_username="
                                + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&j_password="
                                + URLEncoder.encode(password, StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return page.statusCode() == 200
                && page.uri().getPath().contains("/officer")
                && !page.body().contains("login-error")
                && !page.body().contains("j_password");
    }

    private static void awaitRows(String realm, String principal, String outcome, int atLeast) throws Exception {
        String count = "SELECT COUNT(*) FROM sign_in_audit WHERE realm = '" + realm + "' AND principal = '" + principal
                + "' AND outcome = '" + outcome + "'";
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        long rows;
        while ((rows = ItEnvironment.countRows(count)) < atLeast && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertTrue(
                rows >= atLeast,
                realm + " " + principal + " " + outcome + ": " + rows + " rows, " + atLeast + " expected");
    }
}

package kz.elicensing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.elicensing.sandbox.Sandbox;
import kz.elicensing.sandbox.portal.ApplicationBuilder;
import kz.elicensing.sandbox.portal.SendResult;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The evidence log end to end: an application's messages, report and gateway calls are kept, the chain verifies
 * over HTTP, the exported bundle verifies, and a row changed behind the application's back is found by number.
 */
@ExtendWith(ArquillianExtension.class)
class EvidenceLogIT {
    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "admin-demo-pass";

    @BeforeAll
    static void outsideWorld() {
        ItEnvironment.sandbox();
    }

    @Test
    void anApplicationsEvidenceVerifiesExportsAndShowsTampering() throws Exception {
        Sandbox sandbox = ItEnvironment.sandbox();
        String requestId = UUID.randomUUID().toString();
        ApplicationBuilder application = ItEnvironment.companyApplication().requestId(requestId);
        SendResult receipt = ItEnvironment.portal()
                .submitApplication(
                        ItEnvironment.sign(application, sandbox.demo().company()));
        String number = ItEnvironment.element(receipt.dataXml(), "applicationNumber");
        ItEnvironment.awaitStatus(number, "IN_REVIEW", Duration.ofSeconds(60));

        ApiClient admin = ApiClient.signIn(ADMIN, ADMIN_PASSWORD);
        HttpResponse<String> first = admin.get("api/admin/evidence/verify");
        assertEquals(200, first.statusCode(), first.body());
        assertTrue(first.body().contains("\"ok\":true"), first.body());
        assertEquals("no-store", first.headers().firstValue("Cache-Control").orElse(""));

        HttpResponse<byte[]> exported = admin.bytes("api/admin/evidence/export/" + number);
        assertEquals(200, exported.statusCode());
        assertEquals(
                EvidenceBundle.MEDIA_TYPE,
                exported.headers().firstValue("Content-Type").orElse(""));
        EvidenceBundle bundle = new EvidenceBundle(exported.body());
        bundle.assertMimetypeFirst();
        assertEquals(sandbox.demo().elicensingSystem().certificate(), bundle.verify(), "signed with the system key");
        String request = bundle.file("messages/0001-IN-SOAP_REQUEST\\.xml");
        assertTrue(
                request.contains("Envelope") && request.contains(requestId), "the submission, as received: " + request);
        assertTrue(
                request.contains("<password>***</password>") && !request.contains("portal-demo-pass"),
                "the sender's password is masked, the only change to kept bytes");
        assertTrue(
                bundle.file("reports/\\d{4}-INTERNAL-VALIDATION_REPORT\\.xml").contains("ValidationReport"));
        assertTrue(bundle.file("messages/\\d{4}-OUT-SOAP_RESPONSE\\.xml").contains(number), "the receipt, as sent");
        assertTrue(bundle.file("messages/\\d{4}-OUT-GATEWAY_REQUEST\\.xml").contains("Envelope"));
        assertTrue(bundle.file("messages/\\d{4}-IN-GATEWAY_RESPONSE\\.xml").contains("Envelope"));
        assertTrue(bundle.file("evidence\\.xml").contains("applicationNumber=\"" + number + "\""));

        try (Connection db = database()) {
            long seq = reportSeq(db, number);
            String sender = senderOf(db, seq);
            change(db, seq, "TAMPERED");
            try {
                String verdict = admin.get("api/admin/evidence/verify").body();
                assertTrue(verdict.contains("\"ok\":false"), verdict);
                assertEquals(seq, field(verdict, "firstBrokenSeq"), verdict);
                assertTrue(verdict.contains("\"reason\":\"ROW_HASH_MISMATCH\""), verdict);
            } finally {
                change(db, seq, sender);
            }
        }
        String again = admin.get("api/admin/evidence/verify").body();
        assertTrue(again.contains("\"ok\":true"), "the row restored, the chain verifies again: " + again);

        script(number);
    }

    @Test
    void onlyAnAdministratorMaySeeTheEvidence() throws Exception {
        ApiClient officer = ApiClient.signIn("officer1", "officer-demo-pass");
        assertEquals(403, officer.get("api/admin/evidence/verify").statusCode(), "an officer is no administrator");
        assertEquals(
                403, officer.bytes("api/admin/evidence/export/EL-1999-00000001").statusCode());
        AssertionError wrong = assertThrows(AssertionError.class, () -> ApiClient.signIn(ADMIN, "wrong"));
        assertTrue(wrong.getMessage().contains("did not get in"), "a wrong password gets the sign-in form again");
        HttpResponse<String> anonymous = new ApiClient().get("api/admin/evidence/verify");
        assertFalse(anonymous.body().contains("\"entries\""), "no verdict without signing in: " + anonymous.body());
        ApiClient admin = ApiClient.signIn(ADMIN, ADMIN_PASSWORD);
        HttpResponse<String> unknown = admin.get("api/admin/evidence/export/EL-1999-00000001");
        assertEquals(404, unknown.statusCode(), unknown.body());
        assertEquals("APPLICATION_NOT_FOUND", ApiClient.object(unknown).getString("code"));
    }

    /** {@code ./evidence.sh verify} and {@code export}, the administrator's commands, against this server. */
    private static void script(String number) throws Exception {
        boolean curl = Files.isExecutable(Path.of("/usr/bin/curl"));
        if (!curl && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI must have curl for evidence.sh");
        }
        Assumptions.assumeTrue(curl, "evidence.sh needs curl");
        Path script = Path.of(System.getProperty("user.dir")).getParent().resolve("evidence.sh");
        Path out = Files.createTempFile("evidence", ".zip");
        assertEquals(0, run(script.toString(), "verify"), "./evidence.sh verify");
        assertEquals(0, run(script.toString(), "export", number, out.toString()), "./evidence.sh export");
        new EvidenceBundle(Files.readAllBytes(out)).verify();
    }

    private static int run(String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
        pb.environment().put("ELICENSING_URL", ItEnvironment.BASE_URL.replaceAll("/$", ""));
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish");
        }
        return p.exitValue();
    }

    /**
     * The database the server under test uses (H2 file in AUTO_SERVER mode, or PostgreSQL), as the ear pom names it.
     * On PostgreSQL the append-only trigger is switched off for this session: tampering is what we test.
     */
    private static Connection database() throws SQLException {
        Connection c = DriverManager.getConnection(
                System.getProperty("elicensing.it.jdbc.url"),
                System.getProperty("elicensing.it.jdbc.user"),
                System.getProperty("elicensing.it.jdbc.password"));
        if ("postgres".equals(System.getProperty("elicensing.it.db"))) {
            try (Statement s = c.createStatement()) {
                s.execute("SET session_replication_role = replica");
            }
        }
        return c;
    }

    private static long reportSeq(Connection db, String number) throws SQLException {
        try (PreparedStatement q = db.prepareStatement(
                "SELECT MIN(seq) FROM evidence_entry WHERE app_number = ? AND kind = 'VALIDATION_REPORT'")) {
            q.setString(1, number);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next());
                long seq = rs.getLong(1);
                assertTrue(seq > 0, "the validation report of " + number + " is in the log");
                return seq;
            }
        }
    }

    private static String senderOf(Connection db, long seq) throws SQLException {
        try (PreparedStatement q = db.prepareStatement("SELECT sender_id FROM evidence_entry WHERE seq = ?")) {
            q.setLong(1, seq);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next());
                return rs.getString(1);
            }
        }
    }

    private static void change(Connection db, long seq, String sender) throws SQLException {
        try (PreparedStatement u = db.prepareStatement("UPDATE evidence_entry SET sender_id = ? WHERE seq = ?")) {
            u.setString(1, sender);
            u.setLong(2, seq);
            assertEquals(1, u.executeUpdate());
        }
    }

    private static long field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
        if (!m.find()) {
            throw new AssertionError("no " + name + " in " + json);
        }
        return Long.parseLong(m.group(1));
    }
}

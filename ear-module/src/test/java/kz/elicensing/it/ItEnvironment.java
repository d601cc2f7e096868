package kz.elicensing.it;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.elicensing.sandbox.Sandbox;
import kz.elicensing.sandbox.SandboxConfig;
import kz.elicensing.sandbox.pki.IssuedIdentity;
import kz.elicensing.sandbox.portal.ApplicationBuilder;
import kz.elicensing.sandbox.portal.PortalClient;
import kz.elicensing.sandbox.portal.SendResult;
import kz.elicensing.sandbox.portal.XmlSigner;

/** What every IT shares: one sandbox for the whole run, the URLs, and small helpers (the EAR: {@link OneDeployment}). */
final class ItEnvironment {
    static final String BASE_URL =
            "http://127.0.0.1:" + (8080 + Integer.getInteger("elicensing.it.port.offset", 100)) + "/elicensing/";
    static final String SYNC_CHANNEL_URL = BASE_URL + "SyncChannel";
    static final String VERIFY_LICENSE = "ELICENSE_VerifyLicense";
    static final String CHANGE_LICENSE = "ELICENSE_ChangeLicense";
    static final int SANDBOX_PORT = Integer.getInteger("elicensing.it.sandbox.port", 18180);
    /** The IT sandbox's NCALayer port (wss://127.0.0.1:port); -Dit.ncalayer.port, default 13679. */
    static final int NCALAYER_PORT = Integer.getInteger("elicensing.it.ncalayer.port", 13679);

    /** The regulations' zone: the server counts days (registration, deadlines, marks, decisions) in Almaty. */
    static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    private static Sandbox sandbox;

    private ItEnvironment() {}

    /** The sandbox (gateway, registries, payment gateway, PKI), started once for the whole run on the server's data dir. */
    static synchronized Sandbox sandbox() {
        if (sandbox == null) {
            sandbox = Sandbox.start(SandboxConfig.builder()
                    .dataDir(Path.of(System.getProperty("elicensing.it.home")))
                    .port(SANDBOX_PORT)
                    .ncalayerPort(NCALAYER_PORT)
                    .elicensingUrl(SYNC_CHANNEL_URL)
                    .build());
            Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close));
        }
        return sandbox;
    }

    /** A client of the IT sandbox's NCALayer (wss, trusting the sandbox CA): sign as a provider's person would. */
    static kz.elicensing.sandbox.ncalayer.NcaLayerClient ncalayer() {
        return kz.elicensing.sandbox.ncalayer.NcaLayerClient.of(sandbox());
    }

    /** The portal (sender PORTAL) signing with its system key, refusing answers that E-licensing did not sign. */
    static PortalClient portal() {
        return new PortalClient(SYNC_CHANNEL_URL)
                .signedBy(sandbox().demo().portalSystem())
                .verifyingAnswers(sandbox().pki().caCertificate());
    }

    /** The payment gateway (sender PEP) signing with its system key, refusing unsigned answers. */
    static PortalClient pep() {
        return new PortalClient(SYNC_CHANNEL_URL, PortalClient.PEP_SENDER, PortalClient.PEP_PASSWORD)
                .signedBy(sandbox().demo().pepSystem())
                .verifyingAnswers(sandbox().pki().caCertificate());
    }

    /** The police department's office system (OFFICE_DP_ALMATY, bound to DP_ALMATY): its officers' walk-ins. */
    static PortalClient officeDp() {
        return client("OFFICE_DP_ALMATY", "office-demo-pass")
                .verifyingAnswers(sandbox().pki().caCertificate());
    }

    /** The agriculture office's system (OFFICE_AGRI_ALMATY, bound to AGRI_ALMATY_REGION). */
    static PortalClient officeAgri() {
        return client("OFFICE_AGRI_ALMATY", "office-demo-pass")
                .verifyingAnswers(sandbox().pki().caCertificate());
    }

    /** The administrative police committee's office system (OFFICE_MVD, bound to MVD_ADMIN_POLICE). */
    static PortalClient officeMvd() {
        return client("OFFICE_MVD", "office-demo-pass")
                .verifyingAnswers(sandbox().pki().caCertificate());
    }

    /** A court's system (COURT, kind AUTHORITY): decisions on any license. */
    static PortalClient court() {
        return client("COURT", "court-demo-pass")
                .verifyingAnswers(sandbox().pki().caCertificate());
    }

    /** The office system whose officers {@code officer} names (the demo officers of V1000/V1006/V1010). */
    static PortalClient officeOf(String officer) {
        return switch (officer) {
            case "agri1" -> officeAgri();
            case "mvd1" -> officeMvd();
            default -> officeDp();
        };
    }

    /**
     * A client that may read this application: the portal what it submitted (channel PORTAL), the provider's office
     * system a walk-in (each sender sees only its own and its providers' applications).
     */
    static PortalClient readerOf(String applicationNumber) {
        try (Connection db = database();
                java.sql.PreparedStatement q =
                        db.prepareStatement("SELECT channel, provider_code FROM application WHERE app_number = ?")) {
            q.setString(1, applicationNumber);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next() || !"OFFICER".equals(rs.getString(1))) {
                    return portal();
                }
                return switch (rs.getString(2)) {
                    case "AGRI_ALMATY_REGION" -> officeAgri();
                    case "MVD_ADMIN_POLICE" -> officeMvd();
                    default -> officeDp();
                };
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A client for any sender and password, signing with the portal's system key. */
    static PortalClient client(String senderId, String password) {
        return new PortalClient(SYNC_CHANNEL_URL, senderId, password)
                .signedBy(sandbox().demo().portalSystem());
    }

    /** Signs a raw SOAP envelope (WS-Security) with the portal's system key, as the portal sends it. */
    static String signedByPortal(String envelope) {
        try {
            org.w3c.dom.Document doc = kz.elicensing.sandbox.xml.SafeXml.parse(envelope);
            kz.elicensing.sandbox.pki.IssuedIdentity portal = sandbox().demo().portalSystem();
            kz.elicensing.sandbox.gateway.MessageSigner.sign(doc, portal.privateKey(), portal.certificate());
            return kz.elicensing.sandbox.xml.SafeXml.toXml(doc);
        } catch (org.xml.sax.SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh payment of the full fee by the demo company at the sandbox's payment gateway. */
    static String freshPayment(String payerId) {
        String reference = "PAY-IT-" + UUID.randomUUID();
        sandbox().payments().pay(reference, payerId, new BigDecimal("19660.00"));
        return reference;
    }

    /** A SECURITY_ACTIVITY application of the demo company, paid, with a fresh request id (not signed). */
    static ApplicationBuilder companyApplication() {
        String bin = "150140000012";
        return ApplicationBuilder.securityActivity()
                .forDemoCompany()
                .requestId(UUID.randomUUID().toString())
                .payment(freshPayment(bin), new BigDecimal("19660.00"));
    }

    static String sign(ApplicationBuilder application, IssuedIdentity signer) {
        return new XmlSigner(signer).signToXml(application.build());
    }

    /** The text of the first element with this local name in {@code xml} (answers are small; a regex is enough here). */
    static String element(String xml, String localName) {
        Matcher m = Pattern.compile("<(?:\\w+:)?" + localName + "(?:\\s[^>]*)?>([^<]*)</(?:\\w+:)?" + localName + ">")
                .matcher(xml);
        return m.find() ? m.group(1) : null;
    }

    /** {@code elicensing.gateway.timeout-ms} of the IT servers (the ear pom's it.gateway.timeout-ms). */
    static Duration gatewayTimeout() {
        return Duration.ofMillis(Long.getLong("elicensing.it.gateway.timeout-ms", 2000L));
    }

    /** {@code elicensing.outbox.max-attempts} of the IT servers (the ear pom's it.outbox.max-attempts). */
    static int outboxMaxAttempts() {
        return Integer.getInteger("elicensing.it.outbox.max-attempts", 3);
    }

    /**
     * Today as the server counts days: Almaty's date, whatever the zone of this JVM, of the server or of the database
     * (never the database's CURRENT_DATE: between 19:00 and 24:00 UTC a UTC database is a day behind Almaty).
     */
    static LocalDate almatyToday() {
        return ZonedDateTime.now(ALMATY).toLocalDate();
    }

    /** The database of the server under test (H2 file in AUTO_SERVER mode, or PostgreSQL), as the ear pom names it. */
    static Connection database() throws SQLException {
        return DriverManager.getConnection(
                System.getProperty("elicensing.it.jdbc.url"),
                System.getProperty("elicensing.it.jdbc.user"),
                System.getProperty("elicensing.it.jdbc.password"));
    }

    /**
     * Waits until the server's outbox has no PENDING check (registry or payment call) of any application, of this IT or
     * an earlier one, queued, in work or waiting for its retry, so a fault set now meets only the calls made next.
     * Portal notices are left out: they are retried with a growing back-off and never given up, so one that met an
     * earlier deployment's shutdown may wait minutes for its next attempt.
     */
    static void awaitOutboxIdle(Duration timeout) throws InterruptedException, SQLException {
        awaitPending(
                "SELECT COUNT(*) FROM outbox_message WHERE state = 'PENDING' AND kind <> 'PORTAL_NOTIFICATION'",
                timeout);
    }

    /** Waits until no outbox row at all, portal notices included, is PENDING. */
    static void awaitOutboxAndNoticesIdle(Duration timeout) throws InterruptedException, SQLException {
        awaitPending("SELECT COUNT(*) FROM outbox_message WHERE state = 'PENDING'", timeout);
    }

    private static void awaitPending(String count, Duration timeout) throws InterruptedException, SQLException {
        Instant end = Instant.now().plus(timeout);
        long pending = -1;
        while (Instant.now().isBefore(end)) {
            try (Connection db = database();
                    Statement s = db.createStatement();
                    ResultSet rs = s.executeQuery(count)) {
                rs.next();
                pending = rs.getLong(1);
            }
            if (pending == 0) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(pending + " outbox rows still PENDING after " + timeout);
    }

    /** Polls the application's status until it is {@code expected} (or fails after {@code timeout}). */
    static String awaitStatus(String applicationNumber, String expected, Duration timeout) throws InterruptedException {
        Instant end = Instant.now().plus(timeout);
        String status = null;
        while (Instant.now().isBefore(end)) {
            SendResult r = readerOf(applicationNumber).getStatus(applicationNumber);
            status = element(r.dataXml(), "status");
            if (expected.equals(status)) {
                return status;
            }
            Thread.sleep(250);
        }
        throw new AssertionError(applicationNumber + " is " + status + ", expected " + expected + " within " + timeout);
    }

    /** The single number a counting query gives (e.g. {@code SELECT COUNT(*) ...}) on the server's database. */
    static long countRows(String countQuery) throws SQLException {
        try (Connection db = database();
                Statement s = db.createStatement();
                ResultSet rs = s.executeQuery(countQuery)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The single text a query gives (e.g. one column of one row) on the server's database, or null. */
    static String queryString(String query) throws SQLException {
        try (Connection db = database();
                Statement s = db.createStatement();
                ResultSet rs = s.executeQuery(query)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** What an administrator's script printed and how it ended. */
    record ScriptRun(int exit, String output) {}

    /** Runs one of the repository's administrator scripts ({@code senders.sh}, {@code catalog.sh}) against this server. */
    static ScriptRun adminScript(String name, String... args) throws java.io.IOException, InterruptedException {
        return adminScript(java.util.Map.of(), name, args);
    }

    /** Runs a script of the repository root with these environment variables besides ELICENSING_URL. */
    static ScriptRun adminScript(java.util.Map<String, String> env, String name, String... args)
            throws java.io.IOException, InterruptedException {
        boolean curl = java.nio.file.Files.isExecutable(Path.of("/usr/bin/curl"));
        if (!curl && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI must have curl for " + name);
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(curl, name + " needs curl");
        Path script = Path.of(System.getProperty("user.dir")).getParent().resolve(name);
        String[] command = new String[args.length + 1];
        command[0] = script.toString();
        System.arraycopy(args, 0, command, 1, args.length);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("ELICENSING_URL", BASE_URL.replaceAll("/$", ""));
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(name + " did not finish");
        }
        return new ScriptRun(
                p.exitValue(), new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    }
}

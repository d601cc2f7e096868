package kz.elicensing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.elicensing.it.CrashItSupport.Application;
import kz.elicensing.sandbox.Sandbox;
import kz.elicensing.sandbox.gateway.GatewayEndpoint;
import kz.elicensing.sandbox.gateway.fault.FaultSpec;
import kz.elicensing.sandbox.portal.PortalClient;
import kz.elicensing.sandbox.portal.SendResult;
import kz.elicensing.sandbox.portal.ShepFaultException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Two WildFly nodes that survive losing one (issue 16 item 5): node1 and node2 on {@code standalone-ha.xml} (ports +260
 * and +270, JGroups over TCP on loopback, timers in the database) on a PostgreSQL database of this test's own, behind
 * HAProxy on port 8330 ({@code scripts/haproxy-config.sh}, the configuration {@code ./start.sh --cluster} uses), the IT
 * sandbox as their gateway ({@code -Delicensing.it.cluster.offset} moves the three from 250). An officer signs in
 * through the balancer; {@value #APPLICATIONS} signed, paid applications go through the balancer from
 * {@value #THREADS} portal threads, and the node that holds the officer's session is killed with SIGKILL once
 * {@value #KILL_AFTER} receipts are out. The portal resends every message that got no answer,
 * with the same messageId, through the balancer. The payment check, which intake asks while it holds the message's
 * claim, answers late during the stream, so messages are in work on the killed node at the kill (asserted: the
 * premise of the resends). Then:
 * <ul>
 *   <li>every application got one number and is there once (status by number and by its company's BIN);</li>
 *   <li>every application reaches IN_REVIEW; after a clean stop every outbox row is DONE, one registry row each;</li>
 *   <li>the deadline timer (persistent, database timer store) ran once per minute: one {@code scheduled_run} row per
 *       period, and a run after the kill (on the survivor);</li>
 *   <li>the officer, signed in before the kill on the killed node, decides after it (the session is on the
 *       survivor too);</li>
 *   <li>the resends of the messages in work on the killed node are answered once the survivor releases the dead
 *       node's claims (its heartbeat {@value #NODE_DEAD_AFTER_SECONDS} s old), not after the abandonment time (600 s,
 *       not shortened): the time from the kill to the last answer is printed (target: within 30 s, issue 16) and
 *       bounded by twice the release chain (node-dead-after + a heartbeat period + the answer wait + a resend
 *       pause);</li>
 * </ul>
 * PostgreSQL only ({@code -Dserver.db=postgres}): a cluster needs a shared database; on H2 it is skipped.
 */
class ClusterIT {
    private static final Logger LOG = Logger.getLogger(ClusterIT.class.getName());
    /** The cluster's port offset (HAProxy +0, the nodes +10 and +20); -Delicensing.it.cluster.offset moves it. */
    private static final int PORT_OFFSET = Integer.getInteger("elicensing.it.cluster.offset", 250);

    private static final int BALANCER_PORT = 8080 + PORT_OFFSET;
    private static final int[] NODE_OFFSETS = {PORT_OFFSET + 10, PORT_OFFSET + 20};
    private static final String BASE_URL = "http://127.0.0.1:" + BALANCER_PORT + "/elicensing/";
    private static final int APPLICATIONS = 30;
    private static final int THREADS = 4;
    private static final int KILL_AFTER = 12;
    /** Its database, created and dropped here: -Delicensing.it.cluster.database, else named after a moved offset. */
    private static final String PG_DATABASE = System.getProperty(
            "elicensing.it.cluster.database",
            PORT_OFFSET == 250 ? "elicensing_cluster" : "elicensing_cluster_" + PORT_OFFSET);

    private static final Duration BOOT = Duration.ofSeconds(600);
    private static final Duration SETTLE = Duration.ofSeconds(180);
    /** A node whose heartbeat is this old is dead: its claims on messages are released (default 30 s). */
    private static final int NODE_DEAD_AFTER_SECONDS = 20;
    /** How often every node beats its heartbeat and releases dead nodes' claims ({@code ClaimRecovery}'s schedule). */
    private static final Duration HEARTBEAT_PERIOD = Duration.ofSeconds(5);
    /** How long a node waits for a message another claims before it answers MESSAGE_IN_PROGRESS. */
    private static final Duration ANSWER_WAIT = Duration.ofMillis(2000);
    /** The portal's pause before it sends a message again. */
    private static final Duration RESEND_PAUSE = Duration.ofMillis(500);
    /**
     * The payment check's delay during the stream. Intake asks it synchronously, holding the message's claim, so each
     * intake takes this and more (1-2 s): at the kill, the messages in the killed node are in work. Under the gateway
     * timeout (2000 ms, below), so it is answered.
     */
    private static final Duration PAYMENT_DELAY = Duration.ofMillis(1000);
    /** Resends answered MESSAGE_IN_PROGRESS (the killed node's claim, until the survivor releases it). */
    private static final AtomicInteger IN_PROGRESS_ANSWERS = new AtomicInteger();
    /** The retryable answers a portal resends on. */
    private static final java.util.Set<String> RESENT_ON =
            java.util.Set.of("MESSAGE_IN_PROGRESS", "UPSTREAM_UNAVAILABLE");

    @Test
    void aClusterLosesANodeAndLosesNothing() throws Exception {
        Assumptions.assumeTrue(
                "postgres".equals(System.getProperty("elicensing.it.db")),
                "ClusterIT runs on PostgreSQL only (-Dserver.db=postgres): two nodes share one database");
        Sandbox sandbox = ItEnvironment.sandbox();
        sandbox.adminClient().clearFaults();
        Path clusterHome =
                Path.of(System.getProperty("elicensing.it.crash.home")).resolveSibling("it-cluster-postgres");
        CrashItSupport.emptyDirectory(clusterHome, "it-cluster-");
        Path dataHome = clusterHome.resolve("home");
        CrashItSupport.prepareDataDirectory(dataHome);
        Database database = Database.create();

        List<Application> applications = new ArrayList<>();
        for (int i = 0; i < APPLICATIONS; i++) {
            FreshCompany company = FreshCompany.registeredAndPaid();
            applications.add(new Application(
                    i, company, company.signedApplication(), UUID.randomUUID().toString()));
        }

        Path jbossHome = Path.of(System.getProperty("jboss.home"));
        Path ear = Path.of(System.getProperty("elicensing.it.ear"));
        List<StandaloneWildFly> nodes = new ArrayList<>();
        Process haproxy = null;
        try {
            for (int n = 0; n < 2; n++) {
                nodes.add(StandaloneWildFly.prepare(
                        jbossHome,
                        clusterHome.resolve("node" + (n + 1)),
                        ear,
                        8080 + NODE_OFFSETS[n],
                        serverArguments(n, dataHome, database)));
            }
            // one after the other: the first creates the schema (Flyway) and the timer table alone
            nodes.get(0).start();
            nodes.get(0).awaitOk("/elicensing/health/ready", BOOT);
            // application numbers of the cluster's own (EL-2026-009…): the IT sandbox, shared with the IT server,
            // keys the portal's notices and its journal by application number (PortalNotificationIT counts them)
            try (Connection db = database.connect();
                    Statement s = db.createStatement()) {
                s.execute("ALTER SEQUENCE application_number_seq RESTART WITH 900001");
            }
            nodes.get(1).start();
            nodes.get(1).awaitOk("/elicensing/health/ready", BOOT);
            haproxy = startHaproxy(clusterHome);
            awaitBalancer(haproxy);
            Instant bothUp = Instant.now();

            // the first application alone, through intake and both checks; the officer signs in through the balancer
            Map<Integer, String> receipts = new ConcurrentHashMap<>();
            Application first = applications.get(0);
            receipts.put(first.index(), number(resend(portal(sandbox), first)));
            awaitReview(portal(sandbox), receipts.get(first.index()));
            OfficerApi officer = OfficerApi.signIn(BASE_URL, "officer1", "officer-demo-pass");
            assertTrue(officer.sees(receipts.get(first.index())), "the officer sees the first application");
            // a period of the deadline timer with both nodes up (a run before the kill; on a quiet machine the test
            // reaches the kill within the minute the nodes came up in)
            awaitDeadlineRunAfter(database, bothUp, "the deadline timer ran with both nodes up");
            String session = officer.client().cookie("JSESSIONID");
            assertNotNull(session, "a session cookie through the balancer");
            // HAProxy prefixes the cookie with the node it sticks to ("node1~..."): that node is the one killed
            int victim = session.startsWith("node2~") ? 1 : 0;
            assertTrue(session.startsWith("node" + (victim + 1) + "~"), "a sticky session cookie: " + session);

            // the stream; the registry answers late, so the outboxes fall behind the intake and hold claimed rows; the
            // payment check answers late, so every intake holds its message's claim for a second or more
            sandbox.adminClient().setFault(GatewayEndpoint.GBDUL_SERVICE, FaultSpec.delay(Duration.ofMillis(300)));
            sandbox.adminClient().setFault(GatewayEndpoint.PAYMENT_CHECK_SERVICE, FaultSpec.delay(PAYMENT_DELAY));
            Map<Integer, String> receiptsBeforeTheKill;
            Instant killedAt;
            // docs/scale.md: the nodes' process CPU (user + system, /proc) per application of the stream
            int receiptsAtStart = receipts.size();
            long[] cpuAtStart = {cpuMillis(nodes.get(0)), cpuMillis(nodes.get(1))};
            ExecutorService portals = Executors.newFixedThreadPool(THREADS);
            try {
                ThreadLocal<PortalClient> portal = ThreadLocal.withInitial(() -> portal(sandbox));
                for (Application a : applications.subList(1, APPLICATIONS)) {
                    portals.submit(() -> {
                        try {
                            receipts.put(
                                    a.index(),
                                    number(CrashItSupport.againWhileUpstreamUnavailable(
                                            SETTLE, () -> CrashItSupport.submit(portal.get(), a))));
                        } catch (RuntimeException noAnswer) {
                            // cut off by the kill (or sent after it to the dying node): resent below
                        }
                    });
                }
                Instant end = Instant.now().plus(SETTLE);
                while (receipts.size() < KILL_AFTER) {
                    assertTrue(Instant.now().isBefore(end), receipts.size() + " receipts in " + SETTLE);
                    Thread.sleep(20);
                }
                long[] cpu = {cpuMillis(nodes.get(0)) - cpuAtStart[0], cpuMillis(nodes.get(1)) - cpuAtStart[1]};
                int streamed = receipts.size() - receiptsAtStart;
                System.out.println("ClusterIT: " + streamed + " applications through the balancer took node1 "
                        + cpu[0] + " ms and node2 " + cpu[1] + " ms of CPU: "
                        + (cpu[0] + cpu[1]) / Math.max(1, streamed)
                        + " ms per application (intake and its checks so far, both nodes)");
                long pid = nodes.get(victim).kill();
                killedAt = Instant.now();
                receiptsBeforeTheKill = Map.copyOf(receipts);
                LOG.info(() -> "killed node" + (victim + 1) + " (pid " + pid + ") after " + receiptsBeforeTheKill.size()
                        + " receipts");
                portals.shutdown();
                assertTrue(portals.awaitTermination(SETTLE.toSeconds(), TimeUnit.SECONDS), "the portal threads ended");
            } finally {
                portals.shutdownNow();
                sandbox.adminClient().clearFaults();
            }
            int unanswered = APPLICATIONS - receipts.size();
            // the premise of the resends below: messages in work on the killed node (claimed there, never answered),
            // read before the survivor can release them (NODE_DEAD_AFTER_SECONDS after the last heartbeat). Near
            // certain: the kill comes as a receipt arrives, while the other THREADS - 1 portal threads wait in the
            // nodes; HAProxy sends the messages round robin, so about half of them are in the killed node, and each
            // spends most of its intake in the slow payment check, after its claim
            String victimNode = "node" + (victim + 1);
            int inWorkAtTheKill;
            try (Connection db = database.connect()) {
                inWorkAtTheKill = CrashItSupport.messagesInWork(db, victimNode);
            }
            assertTrue(
                    inWorkAtTheKill > 0,
                    "no message was in work on " + victimNode + " at the kill (" + unanswered
                            + " unanswered): the resends prove nothing");
            assertTrue(unanswered >= inWorkAtTheKill, "every message in work on the killed node is unanswered");

            // every message without an answer is resent with its messageId, through the balancer, until answered
            AtomicLong lastAnswerMillis = new AtomicLong();
            Instant resendsFrom = Instant.now();
            CrashItSupport.inParallel(
                    applications.stream()
                            .filter(a -> !receipts.containsKey(a.index()))
                            .toList(),
                    THREADS,
                    SETTLE.multipliedBy(2),
                    a -> {
                        receipts.put(a.index(), number(resend(portal(sandbox), a)));
                        lastAnswerMillis.accumulateAndGet(
                                Duration.between(killedAt, Instant.now()).toMillis(), Math::max);
                    });
            // the survivor releases the killed node's claims at its first beat once the last heartbeat is
            // NODE_DEAD_AFTER_SECONDS old (at most a beat later), then a waiting or the next resend takes them over.
            // The bound is twice that chain (a loaded machine), far below the abandonment time (600 s) a resend had
            // to wait for before; the figure itself is printed for docs/scale.md (target: within 30 s, issue 16)
            Duration bound = Duration.ofSeconds(NODE_DEAD_AFTER_SECONDS)
                    .plus(HEARTBEAT_PERIOD)
                    .plus(ANSWER_WAIT)
                    .plus(RESEND_PAUSE)
                    .multipliedBy(2);
            LOG.info(() -> unanswered + " messages unanswered at the kill, " + inWorkAtTheKill + " of them in work on "
                    + victimNode + "; resent from "
                    + Duration.between(killedAt, resendsFrom).toMillis()
                    + " ms after it; " + IN_PROGRESS_ANSWERS.get() + " answers MESSAGE_IN_PROGRESS; the last resend"
                    + " answered " + lastAnswerMillis.get() + " ms after the kill (bound " + bound.toMillis() + " ms)");
            System.out.println("ClusterIT: " + unanswered + " resends (" + inWorkAtTheKill + " in work on "
                    + victimNode + " at its kill), the last answered " + lastAnswerMillis.get()
                    + " ms after the kill, with node-dead-after-seconds " + NODE_DEAD_AFTER_SECONDS);
            assertTrue(
                    lastAnswerMillis.get() <= bound.toMillis(),
                    "the last resend was answered " + lastAnswerMillis.get() + " ms after the kill, later than "
                            + bound.toMillis()
                            + " ms: the survivor did not release the killed node's claims when its heartbeat stopped");

            // the officer signed in before the kill, on the killed node, decides on the survivor
            OfficerApi.done(officer.approve(receipts.get(first.index())));

            // none lost, none doubled
            assertEquals(
                    APPLICATIONS, new HashSet<>(receipts.values()).size(), "one number per application: " + receipts);
            CrashItSupport.inParallel(applications.subList(1, APPLICATIONS), THREADS, SETTLE.multipliedBy(2), a -> {
                String number = receipts.get(a.index());
                if (receiptsBeforeTheKill.containsKey(a.index())) {
                    assertEquals(receiptsBeforeTheKill.get(a.index()), number, "a resend got the first receipt");
                }
                awaitReview(portal(sandbox), number);
                assertEquals(
                        List.of(number),
                        CrashItSupport.all(
                                portal(sandbox)
                                        .getStatusByApplicant(a.company().bin())
                                        .dataXml(),
                                "applicationNumber"),
                        "one application for " + a.company().bin());
            });

            // the deadline timer ran once per minute, and after the kill on the survivor
            awaitDeadlineRunAfter(database, killedAt, "the deadline timer ran after the kill (on the survivor)");
            assertDeadlineRunsOncePerPeriod(database);

            nodes.get(1 - victim).stop();
            assertOutboxDone(database, applications, receipts);
        } finally {
            if (haproxy != null) {
                haproxy.destroy();
                haproxy.waitFor(10, TimeUnit.SECONDS);
            }
            for (StandaloneWildFly node : nodes) {
                node.close();
            }
            database.drop();
        }
    }

    /** The arguments of node {@code n} (0 or 1): standalone-ha, its ports, its peers, the IT sandbox, short timing. */
    private static List<String> serverArguments(int n, Path dataHome, Database database) {
        List<String> args = new ArrayList<>(List.of(
                "-c",
                "standalone-ha.xml",
                "-Djboss.node.name=node" + (n + 1),
                "-Djboss.tx.node.id=node" + (n + 1),
                "-Djboss.socket.binding.port-offset=" + NODE_OFFSETS[n],
                "-Djboss.bind.address=127.0.0.1",
                "-Djboss.bind.address.management=127.0.0.1",
                "-Djboss.bind.address.private=127.0.0.1",
                "-Delicensing.cluster.peer1.port=" + (7600 + NODE_OFFSETS[0]),
                "-Delicensing.cluster.peer2.port=" + (7600 + NODE_OFFSETS[1]),
                "-Djboss.as.management.blocking.timeout=900",
                "-Delicensing.home=" + dataHome,
                "-Delicensing.gateway.url=http://127.0.0.1:" + ItEnvironment.SANDBOX_PORT + "/shep/bip-sync/",
                "-Delicensing.revocation.cache-seconds=0",
                "-Delicensing.demo-data=true",
                // rows claimed by the killed node come back after their lease, 10 x 2 x this + the margin
                "-Delicensing.gateway.timeout-ms=2000",
                "-Delicensing.outbox.backoff-base-ms=" + Long.getLong("elicensing.it.outbox.backoff-base-ms", 250L),
                "-Delicensing.outbox.lease-margin-ms=1000",
                // the survivor releases the killed node's claims on messages once its heartbeat is this old; the
                // abandonment time (600 s) is not shortened
                "-Delicensing.cluster.node-dead-after-seconds=" + NODE_DEAD_AFTER_SECONDS,
                "-Delicensing.idempotency.wait-ms=" + ANSWER_WAIT.toMillis()));
        args.addAll(database.serverArguments());
        return args;
    }

    /** The CPU time (user + system) the node's JVM has used so far, from /proc/PID/stat, in milliseconds. */
    private static long cpuMillis(StandaloneWildFly node) throws IOException, InterruptedException {
        String stat = Files.readString(Path.of("/proc/" + node.jvm().pid() + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // after "pid (comm) ": state is field 3, utime field 14, stime field 15 (1-based over the whole line)
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 1000 / clockTicksPerSecond();
    }

    private static long clockTicks;

    private static synchronized long clockTicksPerSecond() throws IOException, InterruptedException {
        if (clockTicks == 0) {
            Process p = new ProcessBuilder("getconf", "CLK_TCK").start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
            p.waitFor();
            clockTicks = out.isEmpty() ? 100 : Long.parseLong(out);
        }
        return clockTicks;
    }

    /** HAProxy with the configuration start.sh --cluster writes (scripts/haproxy-config.sh), in the foreground. */
    private static Process startHaproxy(Path clusterHome) throws IOException, InterruptedException {
        Path script = Path.of(System.getProperty("user.dir")).getParent().resolve("scripts/haproxy-config.sh");
        Path config = clusterHome.resolve("haproxy.cfg");
        Process generate = new ProcessBuilder(
                        script.toString(),
                        String.valueOf(BALANCER_PORT),
                        String.valueOf(8080 + NODE_OFFSETS[0]),
                        String.valueOf(8080 + NODE_OFFSETS[1]))
                .redirectOutput(config.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        assertEquals(0, generate.waitFor(), "haproxy-config.sh");
        assertTrue(!StandaloneWildFly.portOpen(BALANCER_PORT), "port " + BALANCER_PORT + " is free");
        return new ProcessBuilder("haproxy", "-db", "-f", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(clusterHome.resolve("haproxy.log").toFile())
                .start();
    }

    /** Polls the readiness page through the balancer until it answers 200. */
    private static void awaitBalancer(Process haproxy) throws InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant end = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(end)) {
            assertTrue(haproxy.isAlive(), "haproxy ended with " + (haproxy.isAlive() ? "" : haproxy.exitValue()));
            try {
                if (http.send(
                                        HttpRequest.newBuilder(URI.create(BASE_URL + "health/ready"))
                                                .timeout(Duration.ofSeconds(5))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the balancer did not answer 200 on " + BASE_URL + "health/ready");
    }

    private static PortalClient portal(Sandbox sandbox) {
        return CrashItSupport.portal(sandbox, BASE_URL);
    }

    /**
     * The portal's resend: the same messageId and content, again while the answer is MESSAGE_IN_PROGRESS (the killed
     * node's claim, until the survivor releases it), UPSTREAM_UNAVAILABLE (the payment check timed out: a loaded
     * machine) or the balancer could not reach a node.
     */
    private static SendResult resend(PortalClient portal, Application a) throws InterruptedException {
        Instant end = Instant.now().plus(SETTLE);
        while (true) {
            try {
                return CrashItSupport.submit(portal, a);
            } catch (ShepFaultException f) {
                if (!RESENT_ON.contains(f.errorCode()) || Instant.now().isAfter(end)) {
                    throw f;
                }
                if ("MESSAGE_IN_PROGRESS".equals(f.errorCode())) {
                    IN_PROGRESS_ANSWERS.incrementAndGet();
                }
            } catch (RuntimeException transport) {
                if (Instant.now().isAfter(end)) {
                    throw transport;
                }
            }
            Thread.sleep(RESEND_PAUSE.toMillis());
        }
    }

    private static String number(SendResult receipt) {
        return ItEnvironment.element(receipt.dataXml(), "applicationNumber");
    }

    /** Polls until the application is IN_REVIEW (failing at once on any other settled state). */
    private static void awaitReview(PortalClient portal, String number) throws InterruptedException {
        Instant end = Instant.now().plus(SETTLE);
        String status = null;
        while (Instant.now().isBefore(end)) {
            status = ItEnvironment.element(portal.getStatus(number).dataXml(), "status");
            if ("IN_REVIEW".equals(status)) {
                return;
            }
            if (!"REGISTERED".equals(status) && !"CHECKING".equals(status)) {
                throw new AssertionError(number + " is " + status + ", not IN_REVIEW");
            }
            Thread.sleep(250);
        }
        throw new AssertionError(number + " is still " + status + " after " + SETTLE + " (lost outbox row?)");
    }

    /** Waits (at most two periods and a half) for a run of the deadline timer that started after {@code after}. */
    private static void awaitDeadlineRunAfter(Database database, Instant after, String what) throws Exception {
        Instant end = Instant.now().plus(Duration.ofSeconds(150));
        while (true) {
            try (Connection db = database.connect();
                    Statement s = db.createStatement();
                    ResultSet rs =
                            s.executeQuery("SELECT MAX(ran_at) FROM scheduled_run WHERE job = 'deadline-marks'")) {
                rs.next();
                OffsetDateTime last = rs.getObject(1, OffsetDateTime.class);
                if (last != null && last.toInstant().isAfter(after)) {
                    return;
                }
            }
            assertTrue(Instant.now().isBefore(end), what);
            Thread.sleep(1000);
        }
    }

    /** One run per minute: no period of the deadline timer has two rows in scheduled_run. */
    private static void assertDeadlineRunsOncePerPeriod(Database database) throws SQLException {
        Map<String, List<String>> runs = new HashMap<>();
        try (Connection db = database.connect();
                Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT period_start, node FROM scheduled_run"
                        + " WHERE job = 'deadline-marks' ORDER BY period_start")) {
            while (rs.next()) {
                runs.computeIfAbsent(
                                rs.getObject(1, OffsetDateTime.class)
                                        .toInstant()
                                        .toString(),
                                k -> new ArrayList<>())
                        .add(rs.getString(2));
            }
        }
        LOG.info(() -> "deadline timer runs (period: nodes): " + runs);
        assertTrue(runs.size() >= 2, "the deadline timer ran in a period before the kill and one after: " + runs);
        runs.forEach((period, byNodes) -> assertEquals(1, byNodes.size(), "one run in " + period + ": " + runs));
    }

    /** After a clean stop: every check's outbox row DONE, one registry row per application (notices not counted). */
    private static void assertOutboxDone(
            Database database, List<Application> applications, Map<Integer, String> receipts) throws SQLException {
        Map<String, Integer> registryRows = new HashMap<>();
        List<String> notDone = new ArrayList<>();
        try (Connection db = database.connect();
                Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT application_number, kind, message_id, state FROM outbox_message"
                        // the portal notices ride the same outbox and are retried until the portal has them
                        // (PortalNotificationIT counts them); the checks are what a node's death may not lose
                        + " WHERE kind <> 'PORTAL_NOTIFICATION'")) {
            while (rs.next()) {
                if (!"DONE".equals(rs.getString(4))) {
                    notDone.add(
                            rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4));
                }
                if ("LEGAL_ENTITY_REGISTRY".equals(rs.getString(2))) {
                    registryRows.merge(rs.getString(1), 1, Integer::sum);
                }
            }
        }
        assertEquals(List.of(), notDone, "every check's outbox row done");
        for (Application a : applications) {
            assertEquals(1, registryRows.get(receipts.get(a.index())), "one registry row for " + a.messageId());
        }
    }

    /** One application of the stream: its company, its signed document and the messageId of every send of it. */

    /** The cluster's database: one of its own on the ITs' PostgreSQL server, created and dropped here. */
    private record Database(String url, String user, String password, String adminUrl) {
        static Database create() throws SQLException {
            assertTrue(PG_DATABASE.matches("[a-z_][a-z0-9_]{0,62}"), "a plain database name: " + PG_DATABASE);
            String itUrl = System.getProperty("elicensing.it.jdbc.url");
            Matcher m =
                    Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(\\?.*)?").matcher(itUrl);
            assertTrue(m.matches(), "a PostgreSQL URL: " + itUrl);
            Database db = new Database(
                    m.group(1) + PG_DATABASE + (m.group(3) == null ? "" : m.group(3)),
                    System.getProperty("elicensing.it.jdbc.user"),
                    System.getProperty("elicensing.it.jdbc.password"),
                    itUrl);
            db.drop();
            try (Connection c = DriverManager.getConnection(itUrl, db.user, db.password);
                    Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + PG_DATABASE);
            }
            return db;
        }

        List<String> serverArguments() {
            return List.of(
                    "-Delicensing.db.url=" + url,
                    "-Delicensing.db.user=" + user,
                    "-Delicensing.db.password=" + password);
        }

        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        void drop() throws SQLException {
            try (Connection c = DriverManager.getConnection(adminUrl, user, password);
                    Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + PG_DATABASE + " WITH (FORCE)");
            }
        }
    }
}

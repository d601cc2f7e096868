package kz.elicensing.bench.intake;

import static io.gatling.javaapi.core.CoreDsl.ByteArrayBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Signed intake through SOAP under load (issue 16): every application paid at the sandbox first, signed by one of many
 * companies' heads, WS-Security on every message; prepared before the timed part. Two shapes:
 * {@code -Dbench.rate=0} (default) sends {@code bench.applications} as fast as {@code bench.users} (8) closed-loop
 * users can; {@code -Dbench.rate=R} sends R applications a second for {@code bench.seconds} (open model, for p50/p99).
 * Only registrations count (a SUCCESS answer with an ApplicationReceipt's number); every other answer is an error, printed loudly.
 */
public class IntakeSimulation extends Simulation {
    private static final String URL = System.getProperty("bench.url", "http://127.0.0.1:8080/elicensing/SyncChannel");
    private static final Path DATA = Path.of(System.getProperty("bench.data", "data"));
    private static final String ADMIN = System.getProperty("bench.admin", "http://127.0.0.1:18081");
    private static final int USERS = Integer.getInteger("bench.users", 8);
    private static final double RATE = Double.parseDouble(System.getProperty("bench.rate", "0"));
    private static final int SECONDS = Integer.getInteger("bench.seconds", 30);
    private static final int COMPANIES = Integer.getInteger("bench.companies", 200);
    private static final String LABEL = System.getProperty("bench.label", "intake");
    private static final Path OUT =
            System.getProperty("bench.out") == null ? null : Path.of(System.getProperty("bench.out"));

    /** Sent one by one before the timed part: the JIT, the pools and the sender's verified password get warm. */
    private static final int WARMUP = Integer.getInteger("bench.warmup", 16);

    private final IntakeStats stats = new IntakeStats(CpuMeter.fromSystemProperties());
    private final IntakeStats warmupStats = new IntakeStats(null);
    private final ConcurrentLinkedQueue<byte[]> prepared;
    private final int count;

    {
        count = WARMUP
                + (RATE > 0
                        ? (int) Math.ceil(RATE * SECONDS) + USERS
                        : Integer.getInteger("bench.applications", 2_400) / USERS * USERS);
        long start = System.nanoTime();
        IntakeFixture fixture =
                IntakeFixture.prepare(DATA, ADMIN, COMPANIES, (int) (System.currentTimeMillis() / 1000 % 10_000), true);
        long companiesDone = System.nanoTime();
        List<byte[]> envelopes = fixture.paidSignedEnvelopes(count);
        prepared = new ConcurrentLinkedQueue<>(envelopes);
        System.out.printf(
                "[%s] prepared %d companies (keys, GBD UL) in %.1f s, then %d paid, signed applications in %.1f s"
                        + " (untimed)%n",
                LABEL,
                fixture.companyCount(),
                (companiesDone - start) / 1e9,
                envelopes.size(),
                (System.nanoTime() - companiesDone) / 1e9);

        HttpProtocolBuilder protocol = http.baseUrl(URL)
                .contentTypeHeader("text/xml; charset=utf-8")
                .header("SOAPAction", "\"\"")
                .shareConnections();
        Iterator<Map<String, Object>> feeder = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !prepared.isEmpty();
            }

            @Override
            public Map<String, Object> next() {
                return Map.of("envelope", prepared.poll());
            }
        };
        ChainBuilder submit = submit(feeder, stats, "submit application");
        ScenarioBuilder warmup =
                scenario("warm-up, not counted").repeat(WARMUP).on(submit(feeder, warmupStats, "warm-up"));
        ScenarioBuilder scenario;
        if (RATE > 0) {
            scenario = scenario("intake at " + RATE + "/s").exec(submit);
            setUp(warmup.injectOpen(atOnceUsers(1))
                            .andThen(scenario.injectOpen(
                                    constantUsersPerSec(RATE).during(Duration.ofSeconds(SECONDS)))))
                    .protocols(protocol);
        } else {
            scenario = scenario("intake at max rate, " + USERS + " users")
                    .repeat((count - WARMUP) / USERS)
                    .on(submit);
            setUp(warmup.injectOpen(atOnceUsers(1)).andThen(scenario.injectOpen(atOnceUsers(USERS))))
                    .protocols(protocol);
        }
    }

    /** Sends the next prepared envelope and counts its answer in {@code counted}. */
    private static ChainBuilder submit(Iterator<Map<String, Object>> feeder, IntakeStats counted, String name) {
        IntakeStats stats = counted;
        return CoreDsl.feed(feeder)
                .exec(session -> {
                    long now = System.nanoTime();
                    stats.sent(now);
                    return session.set("sentAt", now);
                })
                .exec(http(name)
                        .post("")
                        .body(ByteArrayBody(session -> (byte[]) session.get("envelope")))
                        .check(status().saveAs("status"), bodyString().saveAs("answer"))
                        .check(status().is(200), CoreDsl.substring("applicationNumber")))
                .exec(session -> {
                    Integer status = session.get("status");
                    stats.answered(
                            session.getLong("sentAt"),
                            System.nanoTime(),
                            status == null ? 0 : status,
                            session.getString("answer"));
                    return session.markAsSucceeded().remove("envelope").remove("answer");
                });
    }

    @Override
    public void after() {
        warmupStats.report(LABEL + " warm-up, not counted", null);
        stats.report(LABEL, OUT);
    }
}

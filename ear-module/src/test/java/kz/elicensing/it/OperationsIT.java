package kz.elicensing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.elicensing.sandbox.portal.SendResult;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Operations: Prometheus metrics per serviceId and direction, readiness with the application's checks, messageId in the log. */
@ExtendWith(ArquillianExtension.class)
class OperationsIT {
    private static final Duration CHECKS = Duration.ofSeconds(60);
    private static final Pattern SAMPLE = Pattern.compile("^(\\w+)\\{([^}]*)\\} (\\S+)$", Pattern.MULTILINE);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static SendResult receipt;

    @BeforeAll
    static void outsideWorld() {
        ItEnvironment.sandbox();
    }

    /** One application, submitted once for the class, that has been through both gateway checks. */
    private static synchronized SendResult submitted() throws InterruptedException {
        if (receipt == null) {
            SendResult r = ItEnvironment.portal()
                    .submitApplication(ItEnvironment.sign(
                            ItEnvironment.companyApplication(),
                            ItEnvironment.sandbox().demo().company()));
            assertEquals("SUCCESS", r.statusCode());
            ItEnvironment.awaitStatus(ItEnvironment.element(r.dataXml(), "applicationNumber"), "IN_REVIEW", CHECKS);
            receipt = r;
        }
        return receipt;
    }

    @Test
    void metricsCountAndTimeTheSubmissionAndTheGatewayCalls() throws Exception {
        submitted();
        String text = awaitSample("elicensing_messages_seconds_count", "outbound", "GbdulInfoByBin_v2");

        assertTrue(
                value(
                                        text,
                                        "elicensing_messages_seconds_count",
                                        "inbound",
                                        "ELICENSE_SubmitApplication",
                                        "outcome=\"success\"")
                                .orElseThrow(() -> new AssertionError(
                                        "no inbound count for ELICENSE_SubmitApplication:\n" + excerpt(text)))
                        >= 1,
                "at least the one submission");
        assertTrue(
                value(
                                        text,
                                        "elicensing_messages_seconds_bucket",
                                        "inbound",
                                        "ELICENSE_SubmitApplication",
                                        "le=\"+Inf\"")
                                .orElse(0.0)
                        >= 1,
                "the latency histogram of ELICENSE_SubmitApplication:\n" + excerpt(text));
        assertTrue(
                value(
                                text,
                                "elicensing_messages_seconds_bucket",
                                "inbound",
                                "ELICENSE_SubmitApplication",
                                "le=\"10.0\"")
                        .isPresent(),
                "its 10 s bucket");
        assertTrue(
                value(text, "elicensing_messages_seconds_count", "outbound", "GbdulInfoByBin_v2", "outcome=\"success\"")
                                .orElse(0.0)
                        >= 1,
                "the registry call was counted:\n" + excerpt(text));
        assertTrue(
                value(text, "elicensing_messages_seconds_count", "outbound", "PEP_PaymentCheck", "outcome=\"success\"")
                                .orElse(0.0)
                        >= 1,
                "the payment check was counted:\n" + excerpt(text));
    }

    @Test
    void readinessIsUpWithTheApplicationChecks() throws Exception {
        HttpResponse<String> ready = get("health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        String body = ready.body().replaceAll("\\s+", "");
        assertTrue(body.contains("\"status\":\"UP\""), body);
        for (String check : List.of(
                "elicensing-database",
                "elicensing-schema",
                "elicensing-trust-anchors",
                "elicensing-signing-keys",
                "elicensing-outbox")) {
            assertTrue(body.contains("\"name\":\"" + check + "\",\"status\":\"UP\""), check + " in " + body);
        }
        assertEquals(200, get("health/live").statusCode());
    }

    @Test
    void everyLogLineOfTheMessageCarriesItsIds() throws Exception {
        String messageId = submitted().correlationId();
        Path log = Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
        String ids = "[" + messageId + " ELICENSE_SubmitApplication PORTAL]";

        // ISO-8859-1 reads any bytes: the log's charset is the server JVM's default, and the ids are ASCII
        List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1).stream()
                .filter(l -> l.contains(ids))
                .toList();
        assertTrue(
                lines.stream().anyMatch(l -> l.contains("EL-") && l.contains(" registered for ")),
                "the intake line carries the ids: " + lines);
        assertTrue(
                lines.stream().anyMatch(l -> l.contains("inbound ELICENSE_SubmitApplication: SUCCESS in ")),
                "the message's trail line: " + lines);
    }

    /** Scrapes until a sample for this name, direction and serviceId shows up (the outbox runs in the background). */
    private static String awaitSample(String name, String direction, String serviceId) throws Exception {
        Instant end = Instant.now().plusSeconds(15);
        String text = scrape();
        while (value(text, name, direction, serviceId).isEmpty()
                && Instant.now().isBefore(end)) {
            Thread.sleep(250);
            text = scrape();
        }
        return text;
    }

    private static String scrape() throws IOException, InterruptedException {
        HttpResponse<String> response = get("metrics");
        assertEquals(200, response.statusCode());
        assertTrue(
                response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"),
                "Prometheus text format");
        return response.body();
    }

    /** The value of the first sample {@code name{...}} whose labels hold the direction, serviceId and every extra label. */
    private static Optional<Double> value(
            String text, String name, String direction, String serviceId, String... labels) {
        Matcher m = SAMPLE.matcher(text);
        while (m.find()) {
            String l = m.group(2);
            if (m.group(1).equals(name)
                    && l.contains("direction=\"" + direction + "\"")
                    && l.contains("service_id=\"" + serviceId + "\"")
                    && List.of(labels).stream().allMatch(l::contains)) {
                return Optional.of(Double.parseDouble(m.group(3)));
            }
        }
        return Optional.empty();
    }

    private static String excerpt(String text) {
        return text.lines().filter(l -> l.startsWith("elicensing_")).reduce("", (a, b) -> a + b + "\n");
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(ItEnvironment.BASE_URL + path))
                        .timeout(Duration.ofSeconds(10))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

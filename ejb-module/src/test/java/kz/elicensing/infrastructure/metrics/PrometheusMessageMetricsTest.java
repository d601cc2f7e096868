package kz.elicensing.infrastructure.metrics;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import kz.elicensing.application.ops.MessageDirection;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.shep.ServiceId;
import org.junit.jupiter.api.Test;

/** The metric names, labels and Prometheus lines that dashboards, the README and OperationsIT rely on. */
class PrometheusMessageMetricsTest {
    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final PrometheusMessageMetrics metrics = new PrometheusMessageMetrics(registry);

    @Test
    void aHandledMessageIsCountedAndTimedInAHistogram() throws IOException {
        metrics.record(MessageDirection.INBOUND, ServiceId.SUBMIT_APPLICATION.wireName(), Duration.ofMillis(120), null);
        metrics.record(MessageDirection.INBOUND, ServiceId.SUBMIT_APPLICATION.wireName(), Duration.ofMillis(80), null);

        String text = scrape();
        String labels = "direction=\"inbound\",outcome=\"success\",service_id=\"ELICENSE_SubmitApplication\"";
        assertTrue(text.contains("elicensing_messages_seconds_count{" + labels + "} 2"), text);
        assertTrue(text.contains("elicensing_messages_seconds_bucket{" + labels + ",le=\"0.1\"} 1"), text);
        assertTrue(text.contains("elicensing_messages_seconds_bucket{" + labels + ",le=\"0.25\"} 2"), text);
        assertTrue(text.contains("elicensing_messages_seconds_sum{" + labels + "} 0.2"), text);
    }

    @Test
    void anErrorIsCountedByItsCode() throws IOException {
        metrics.record(
                MessageDirection.OUTBOUND, "GbdulInfoByBin_v2", Duration.ofSeconds(10), ErrorCode.UPSTREAM_UNAVAILABLE);

        String text = scrape();
        assertTrue(
                text.contains(
                        "elicensing_message_errors_total{direction=\"outbound\",error_code=\"UPSTREAM_UNAVAILABLE\","
                                + "service_id=\"GbdulInfoByBin_v2\"} 1"),
                text);
        assertTrue(
                text.contains("elicensing_messages_seconds_count{direction=\"outbound\",outcome=\"error\","
                        + "service_id=\"GbdulInfoByBin_v2\"} 1"),
                text);
    }

    @Test
    void anInboundServiceIdThatIsNotOfferedIsLabelledOther() throws IOException {
        metrics.record(
                MessageDirection.INBOUND,
                "anything-a-sender-makes-up",
                Duration.ofMillis(1),
                ErrorCode.UNKNOWN_SERVICE);
        metrics.record(MessageDirection.INBOUND, null, Duration.ofMillis(1), ErrorCode.SCHEMA_VIOLATION);

        String text = scrape();
        assertTrue(
                text.contains(
                        "elicensing_messages_seconds_count{direction=\"inbound\",outcome=\"error\",service_id=\"other\"} 2"),
                text);
        assertFalse(text.contains("anything-a-sender-makes-up"), text);
    }

    private String scrape() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrometheusTextFormatWriter.create().write(out, registry.scrape());
        return out.toString(StandardCharsets.UTF_8);
    }
}

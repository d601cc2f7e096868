package kz.elicensing.infrastructure.metrics;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import kz.elicensing.application.ops.MessageDirection;
import kz.elicensing.application.ops.MessageMetrics;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.shep.ServiceId;

/**
 * Message metrics with the Prometheus Java client: a latency histogram per serviceId, direction and outcome
 * ({@code elicensing_messages_seconds}; its {@code _count} is the message count, {@code histogram_quantile} gives
 * p50/p95/p99) and an error counter per error code ({@code elicensing_message_errors_total}).
 */
@ApplicationScoped
public class PrometheusMessageMetrics implements MessageMetrics {
    static final String LATENCY = "elicensing_messages_seconds";
    static final String ERRORS = "elicensing_message_errors";
    /** The label of an inbound serviceId that E-licensing does not offer: senders cannot invent label values. */
    static final String OTHER = "other";
    /** Upper bounds in seconds: from a quick status query to the gateway's 10 s timeout and beyond. */
    static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30};

    @Inject
    MetricsRegistry metrics;

    private Histogram latency;
    private Counter errors;

    public PrometheusMessageMetrics() {}

    PrometheusMessageMetrics(PrometheusRegistry registry) {
        register(registry);
    }

    @PostConstruct
    void init() {
        register(metrics.registry());
    }

    private void register(PrometheusRegistry registry) {
        latency = Histogram.builder()
                .name(LATENCY)
                .help(
                        "ShEP messages handled (inbound) or sent through the gateway (outbound) by E-licensing, in seconds")
                .labelNames("service_id", "direction", "outcome")
                .classicOnly()
                .classicUpperBounds(BUCKETS)
                .register(registry);
        errors = Counter.builder()
                .name(ERRORS)
                .help("ShEP messages that ended in an error, by error code")
                .labelNames("service_id", "direction", "error_code")
                .register(registry);
    }

    @Override
    public void record(MessageDirection direction, String serviceId, Duration took, ErrorCode error) {
        String service = label(direction, serviceId);
        String way = direction.name().toLowerCase(Locale.ROOT);
        latency.labelValues(service, way, error == null ? "success" : "error").observe(took.toNanos() / 1e9);
        if (error != null) {
            errors.labelValues(service, way, error.name()).inc();
        }
    }

    /** Inbound serviceIds come from the wire: only E-licensing's own become labels. Outbound ones come from our code. */
    static String label(MessageDirection direction, String serviceId) {
        if (serviceId == null || direction == MessageDirection.INBOUND && !ServiceId.known(serviceId)) {
            return OTHER;
        }
        return serviceId;
    }
}

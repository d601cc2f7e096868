package kz.elicensing.infrastructure.metrics;

import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import kz.elicensing.application.ops.MetricsExposition;

/** E-licensing's own Prometheus registry (one per deployment, not the client's static default) and its text page. */
@ApplicationScoped
public class MetricsRegistry implements MetricsExposition {
    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.create();

    /** Where the adapters register their metrics. */
    public PrometheusRegistry registry() {
        return registry;
    }

    @Override
    public String contentType() {
        return writer.getContentType();
    }

    @Override
    public void write(OutputStream out) throws IOException {
        writer.write(out, registry.scrape());
    }
}

package kz.elicensing.interfaces.ops;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import kz.elicensing.application.ops.MetricsExposition;

/** {@code GET /elicensing/metrics}: the Prometheus scrape page (no sign-in; keep it inside the operations network). */
@WebServlet("/metrics")
public class MetricsServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient MetricsExposition metrics;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType(metrics.contentType());
        response.setHeader("Cache-Control", "no-store");
        metrics.write(response.getOutputStream());
    }
}

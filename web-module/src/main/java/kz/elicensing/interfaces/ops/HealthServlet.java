package kz.elicensing.interfaces.ops;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import kz.elicensing.application.ops.CheckResult;
import kz.elicensing.application.ops.ReadinessCheck;

/**
 * {@code GET /elicensing/health/live} and {@code /elicensing/health/ready}: 200 when UP, 503 when DOWN, with a body in
 * the MicroProfile Health shape ({@code {"status":"UP","checks":[{"name":..,"status":..,"data":{..}}]}}). Liveness
 * answers UP while the application is deployed; readiness runs every {@link ReadinessCheck}. No sign-in.
 */
@WebServlet({"/health/live", "/health/ready"})
public class HealthServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(HealthServlet.class.getName());

    @Inject
    @Any
    transient Instance<ReadinessCheck> checks;

    /** The last status of each check, to log only its changes (probes call every few seconds). */
    private final transient Map<String, Boolean> lastStatus = new ConcurrentHashMap<>();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<CheckResult> results = "/health/ready".equals(request.getServletPath()) ? ready() : List.of();
        boolean up = results.stream().allMatch(CheckResult::up);
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (CheckResult r : results) {
            array.add(Json.createObjectBuilder()
                    .add("name", r.name())
                    .add("status", status(r.up()))
                    .add("data", Json.createObjectBuilder(r.data())));
        }
        JsonObject body = Json.createObjectBuilder()
                .add("status", status(up))
                .add("checks", array)
                .build();
        response.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(body.toString());
    }

    private List<CheckResult> ready() {
        List<CheckResult> results = new ArrayList<>();
        for (ReadinessCheck check : checks) {
            CheckResult r = check.check();
            results.add(r);
            Boolean before = lastStatus.put(r.name(), r.up());
            if (!r.up() && !Boolean.FALSE.equals(before)) {
                LOG.warning(() -> "readiness check " + r.name() + " is DOWN: " + r.problem());
            } else if (r.up() && Boolean.FALSE.equals(before)) {
                LOG.info(() -> "readiness check " + r.name() + " is UP again");
            }
        }
        results.sort(Comparator.comparing(CheckResult::name));
        return results;
    }

    private static String status(boolean up) {
        return up ? "UP" : "DOWN";
    }
}

package kz.elicensing.sandbox.admin;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import kz.elicensing.sandbox.registry.PaymentRegistry;

/** The sandbox's small admin HTTP API (JDK HttpServer): health check and payment registration; add routes with {@link #route} (text) or {@link #context} (raw). */
public final class AdminServer implements AutoCloseable {

    /** A route handler: gets the method, merged query/form parameters and the exchange; returns the reply. */
    @FunctionalInterface
    public interface Route {
        Reply handle(String method, Map<String, String> params, HttpExchange exchange) throws IOException;
    }

    /** An HTTP reply with a plain-text body. */
    public record Reply(int status, String body) {
        public static Reply ok(String body) {
            return new Reply(200, body);
        }

        public static Reply badRequest(String body) {
            return new Reply(400, body);
        }

        public static Reply methodNotAllowed() {
            return new Reply(405, "method not allowed");
        }
    }

    private final HttpServer server;
    private final String host;

    private AdminServer(HttpServer server, String host) {
        this.server = server;
        this.host = host;
    }

    /** Binds host:port (0 = any free port) and serves /admin/health and /admin/payments. */
    public static AdminServer start(String host, int port, PaymentRegistry payments, Executor executor)
            throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
        server.setExecutor(executor);
        AdminServer admin = new AdminServer(server, host);
        admin.route("/admin/health", (method, params, ex) -> Reply.ok("OK"));
        admin.route("/admin/payments", (method, params, ex) -> registerPayment(method, params, payments));
        server.start();
        return admin;
    }

    private static Reply registerPayment(String method, Map<String, String> params, PaymentRegistry payments) {
        if (!"POST".equals(method)) {
            return Reply.methodNotAllowed();
        }
        String reference = params.get("reference");
        String payerId = params.get("payerId");
        String amount = params.get("amount");
        if (blank(reference) || blank(payerId) || blank(amount)) {
            return Reply.badRequest("reference, payerId and amount are required");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(amount.trim());
        } catch (NumberFormatException e) {
            return Reply.badRequest("amount is not a decimal: " + amount);
        }
        String budgetCode = params.get("budgetCode");
        PaymentRegistry.Payment p = payments.pay(
                reference.trim(),
                payerId.trim(),
                value,
                blank(budgetCode) ? PaymentRegistry.LICENSE_FEE_BUDGET_CODE : budgetCode.trim());
        return Reply.ok("PAID " + p.reference() + " payer " + p.payerId() + " amount "
                + p.amount().toPlainString() + " budgetCode " + p.budgetCode() + " paidAt " + p.paidAt());
    }

    /** Adds (or replaces) a route at an exact path. */
    public void route(String path, Route route) {
        try {
            server.removeContext(path);
        } catch (IllegalArgumentException absent) {
            // not there yet
        }
        server.createContext(path, handler(path, route));
    }

    /**
     * Adds (or replaces) a raw JDK handler for a context path and everything below it (e.g. binary protocols such
     * as OCSP); the handler must check the exact path and send its own response.
     */
    public void context(String path, HttpHandler handler) {
        try {
            server.removeContext(path);
        } catch (IllegalArgumentException absent) {
            // not there yet
        }
        server.createContext(path, handler);
    }

    private static HttpHandler handler(String path, Route route) {
        return ex -> {
            try (ex) {
                if (!ex.getRequestURI().getPath().equals(path)) {
                    send(ex, new Reply(404, "not found"));
                    return;
                }
                Map<String, String> params = new LinkedHashMap<>();
                parse(ex.getRequestURI().getRawQuery(), params);
                try (InputStream in = ex.getRequestBody()) {
                    String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    String ct = ex.getRequestHeaders().getFirst("Content-Type");
                    if (ct == null || ct.startsWith("application/x-www-form-urlencoded")) {
                        parse(body, params);
                    }
                }
                Reply reply;
                try {
                    reply = route.handle(ex.getRequestMethod(), params, ex);
                } catch (RuntimeException e) {
                    reply = new Reply(500, "error: " + e);
                }
                send(ex, reply);
            }
        };
    }

    private static void send(HttpExchange ex, Reply reply) throws IOException {
        byte[] b = (reply.body() + "\n").getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "text/plain; charset=UTF-8");
        ex.sendResponseHeaders(reply.status(), b.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(b);
        }
    }

    private static void parse(String raw, Map<String, String> into) {
        if (raw == null || raw.isEmpty()) {
            return;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            into.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The bound port. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** e.g. http://127.0.0.1:18081 (no trailing slash). */
    public String url() {
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

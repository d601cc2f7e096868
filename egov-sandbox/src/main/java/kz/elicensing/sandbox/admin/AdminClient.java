package kz.elicensing.sandbox.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import kz.elicensing.sandbox.gateway.fault.FaultSpec;
import kz.elicensing.sandbox.gateway.fault.GatewayFaults;
import kz.elicensing.sandbox.gateway.journal.JournalEntry;
import kz.elicensing.sandbox.gateway.journal.JournalQuery;

/**
 * A Java client of a running sandbox's admin API over HTTP (health, payments, gateway faults, call journal), for
 * integration tests and tools outside the sandbox's JVM; an answer other than HTTP 200 throws
 * {@link IllegalStateException}, an unreachable server {@link UncheckedIOException}.
 */
public final class AdminClient {

    /** The admin API of {@code serve} with default ports. */
    public static final String DEFAULT_URL = "http://127.0.0.1:18081";

    private final String baseUrl;
    private final Duration timeout;
    private final HttpClient http;

    /** A client of the admin API at e.g. http://127.0.0.1:18081 (Sandbox#adminUrl()), 10 s timeout. */
    public AdminClient(String adminUrl) {
        this(adminUrl, Duration.ofSeconds(10));
    }

    public AdminClient(String adminUrl, Duration timeout) {
        String u = Objects.requireNonNull(adminUrl, "adminUrl").trim();
        this.baseUrl = u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** The admin base URL, without trailing slash. */
    public String url() {
        return baseUrl;
    }

    /** True if /admin/health answers OK. */
    public boolean isHealthy() {
        try {
            return "OK".equals(call("GET", "/admin/health", Map.of()));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Registers a payment made now at the payment gateway; returns the server's description of it. */
    public String registerPayment(String reference, String payerId, BigDecimal amount) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("reference", reference);
        p.put("payerId", payerId);
        p.put("amount", amount.toPlainString());
        return call("POST", "/admin/payments", p);
    }

    /**
     * Puts a fault in force for a serviceId ({@link GatewayFaults#ANY_SERVICE} for every service without its own),
     * replacing its previous one; {@link FaultSpec#none()} clears it.
     */
    public void setFault(String serviceId, FaultSpec spec) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("serviceId", Objects.requireNonNull(serviceId, "serviceId"));
        p.putAll(spec.toParams());
        call("POST", FaultRoutes.FAULTS, p);
    }

    /** Clears the fault of one serviceId. */
    public void clearFault(String serviceId) {
        call("DELETE", FaultRoutes.FAULTS, Map.of("serviceId", Objects.requireNonNull(serviceId, "serviceId")));
    }

    /** Clears every fault. */
    public void clearFaults() {
        call("DELETE", FaultRoutes.FAULTS, Map.of());
    }

    /** The faults in force, by serviceId, with the calls each still has to spoil as its times. */
    public Map<String, FaultSpec> faults() {
        Map<String, FaultSpec> m = new LinkedHashMap<>();
        for (String line : lines(call("GET", FaultRoutes.FAULTS, Map.of()))) {
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalStateException("unexpected fault line: " + line);
            }
            m.put(line.substring(0, eq), FaultSpec.parse(line.substring(eq + 1)));
        }
        return m;
    }

    /** Every journalled call, oldest first. */
    public List<JournalEntry> journal() {
        return journal(JournalQuery.all());
    }

    /** The journalled calls of one serviceId, oldest first. */
    public List<JournalEntry> journal(String serviceId) {
        return journal(JournalQuery.service(serviceId));
    }

    /** The journalled calls matching the query, oldest first. */
    public List<JournalEntry> journal(JournalQuery query) {
        List<JournalEntry> out = new ArrayList<>();
        for (String line : lines(call("GET", FaultRoutes.JOURNAL, query.toParams()))) {
            out.add(JournalEntry.fromLine(line));
        }
        return out;
    }

    /** Calls per messageId among the matching journal entries (e.g. to assert none was made twice). */
    public Map<String, Long> countsByMessageId(JournalQuery query) {
        return counts("messageId", query);
    }

    /** Calls per business key (BIN, payment reference, ...) among the matching journal entries. */
    public Map<String, Long> countsByBusinessKey(JournalQuery query) {
        return counts("businessKey", query);
    }

    /** Forgets every journalled call. */
    public void resetJournal() {
        call("DELETE", FaultRoutes.JOURNAL, Map.of());
    }

    private Map<String, Long> counts(String by, JournalQuery query) {
        Map<String, String> p = new LinkedHashMap<>(query.toParams());
        p.put("by", by);
        Map<String, Long> m = new LinkedHashMap<>();
        for (String line : lines(call("GET", FaultRoutes.JOURNAL_COUNTS, p))) {
            String[] parts = line.split(" ");
            if (parts.length != 2 || !parts[0].startsWith(by + "=") || !parts[1].startsWith("count=")) {
                throw new IllegalStateException("unexpected count line: " + line);
            }
            m.put(
                    URLDecoder.decode(parts[0].substring(by.length() + 1), StandardCharsets.UTF_8),
                    Long.parseLong(parts[1].substring("count=".length())));
        }
        return m;
    }

    private static List<String> lines(String body) {
        List<String> out = new ArrayList<>();
        for (String l : body.split("\n")) {
            if (!l.isBlank()) {
                out.add(l.trim());
            }
        }
        return out;
    }

    /** The sandbox NCALayer's next key dialog picks this key alias (authorized-persons.tsv key_alias or seal-...). */
    public String ncalayerPick(String alias) {
        return call("POST", NcaLayerRoutes.KEY, Map.of("alias", alias));
    }

    /** The sandbox NCALayer's next request answers "cancelled by the user". */
    public String ncalayerCancelNext() {
        return call("POST", NcaLayerRoutes.CANCEL_NEXT, Map.of());
    }

    /** Forgets a pick and a pending cancel of the sandbox NCALayer. */
    public String ncalayerReset() {
        return call("DELETE", NcaLayerRoutes.KEY, Map.of());
    }

    /** Sends the parameters as a form (POST) or a query (GET, DELETE); returns the trimmed body of an HTTP 200. */
    private String call(String method, String path, Map<String, String> params) {
        String encoded = form(params);
        HttpRequest.Builder b;
        if ("POST".equals(method)) {
            b = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(encoded));
        } else {
            b = HttpRequest.newBuilder(URI.create(baseUrl + path + (encoded.isEmpty() ? "" : "?" + encoded)))
                    .method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> resp;
        try {
            resp = http.send(b.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("admin " + baseUrl + " unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling " + baseUrl + path, e);
        }
        if (resp.statusCode() != 200) {
            throw new IllegalStateException(method + " " + path + " answered " + resp.statusCode() + ": "
                    + resp.body().trim());
        }
        return resp.body().trim();
    }

    private static String form(Map<String, String> params) {
        StringJoiner j = new StringJoiner("&");
        params.forEach((k, v) -> j.add(
                URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return j.toString();
    }
}

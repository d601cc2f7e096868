package kz.elicensing.sandbox.admin;

import com.sun.net.httpserver.HttpExchange;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kz.elicensing.sandbox.admin.AdminServer.Reply;
import kz.elicensing.sandbox.gateway.fault.FaultSpec;
import kz.elicensing.sandbox.gateway.fault.GatewayFaults;
import kz.elicensing.sandbox.gateway.journal.CallJournal;
import kz.elicensing.sandbox.gateway.journal.JournalEntry;
import kz.elicensing.sandbox.gateway.journal.JournalQuery;

/**
 * Publishes the gateway's fault switches ({@code /admin/faults}) and call journal ({@code /admin/journal},
 * {@code /admin/journal/counts}) on the admin server, in its plain-text, query/form-parameter style.
 */
public final class FaultRoutes {

    public static final String FAULTS = "/admin/faults";
    public static final String JOURNAL = "/admin/journal";
    public static final String JOURNAL_COUNTS = "/admin/journal/counts";

    private final GatewayFaults faults;
    private final CallJournal journal;

    private FaultRoutes(GatewayFaults faults, CallJournal journal) {
        this.faults = Objects.requireNonNull(faults, "faults");
        this.journal = Objects.requireNonNull(journal, "journal");
    }

    /** Adds /admin/faults, /admin/journal and /admin/journal/counts. */
    public static void install(AdminServer admin, GatewayFaults faults, CallJournal journal) {
        FaultRoutes r = new FaultRoutes(faults, journal);
        admin.route(FAULTS, r::faults);
        admin.route(JOURNAL, r::journal);
        admin.route(JOURNAL_COUNTS, r::counts);
    }

    /**
     * GET: one line {@code serviceId=spec} per fault in force. POST serviceId, fault [, millis, times, probability,
     * code]: sets (fault=none clears) one service's fault. DELETE [serviceId]: clears one, or every fault.
     */
    private Reply faults(String method, Map<String, String> params, HttpExchange ex) {
        switch (method) {
            case "GET" -> {
                StringBuilder sb = new StringBuilder();
                faults.active()
                        .forEach((k, v) -> sb.append(sb.length() == 0 ? "" : "\n")
                                .append(k)
                                .append('=')
                                .append(v));
                return Reply.ok(sb.toString());
            }
            case "POST" -> {
                String serviceId = params.get("serviceId");
                if (blank(serviceId)) {
                    return Reply.badRequest(
                            "serviceId is required (" + GatewayFaults.ANY_SERVICE + " for every service)");
                }
                Map<String, String> specParams = new LinkedHashMap<>(params);
                specParams.remove("serviceId");
                String kind = specParams.remove("fault");
                FaultSpec spec;
                try {
                    spec = FaultSpec.of(kind, specParams);
                } catch (IllegalArgumentException e) {
                    return Reply.badRequest(e.getMessage());
                }
                faults.set(serviceId.trim(), spec);
                return Reply.ok("OK " + serviceId.trim() + "=" + spec);
            }
            case "DELETE" -> {
                String serviceId = params.get("serviceId");
                int n = blank(serviceId) ? faults.clearAll() : (faults.clear(serviceId.trim()) ? 1 : 0);
                return Reply.ok("OK cleared " + n);
            }
            default -> {
                return Reply.methodNotAllowed();
            }
        }
    }

    /**
     * GET [serviceId, messageId, businessKey, senderId]: the matching calls, oldest first, one
     * {@link JournalEntry#toLine()} per line. DELETE: forgets every call.
     */
    private Reply journal(String method, Map<String, String> params, HttpExchange ex) {
        switch (method) {
            case "GET" -> {
                List<JournalEntry> entries = journal.list(JournalQuery.fromParams(params));
                StringBuilder sb = new StringBuilder();
                for (JournalEntry e : entries) {
                    sb.append(sb.length() == 0 ? "" : "\n").append(e.toLine());
                }
                return Reply.ok(sb.toString());
            }
            case "DELETE" -> {
                return Reply.ok("OK reset " + journal.reset());
            }
            default -> {
                return Reply.methodNotAllowed();
            }
        }
    }

    /**
     * GET by=messageId|businessKey [serviceId, messageId, businessKey, senderId]: calls per value, one
     * {@code <by>=<value> count=<n>} per line (value URL-encoded).
     */
    private Reply counts(String method, Map<String, String> params, HttpExchange ex) {
        if (!"GET".equals(method)) {
            return Reply.methodNotAllowed();
        }
        String by = blank(params.get("by")) ? "messageId" : params.get("by").trim();
        JournalQuery query = JournalQuery.fromParams(params);
        Map<String, Long> counts = switch (by) {
            case "messageId" -> journal.countByMessageId(query);
            case "businessKey" -> journal.countByBusinessKey(query);
            default -> null;
        };
        if (counts == null) {
            return Reply.badRequest("by must be messageId or businessKey");
        }
        StringBuilder sb = new StringBuilder();
        counts.forEach((k, n) -> sb.append(sb.length() == 0 ? "" : "\n")
                .append(by)
                .append('=')
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append(" count=")
                .append(n));
        return Reply.ok(sb.toString());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

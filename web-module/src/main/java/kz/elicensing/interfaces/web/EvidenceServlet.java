package kz.elicensing.interfaces.web;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.elicensing.application.evidence.ChainReport;
import kz.elicensing.application.evidence.EvidenceService;
import kz.elicensing.application.ops.LogSafe;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;

/** The administrator's evidence commands: {@code GET /admin/evidence/verify} (JSON), {@code <number>.zip} (the bundle). */
@WebServlet("/admin/evidence/*")
public class EvidenceServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Pattern BUNDLE = Pattern.compile("/([A-Za-z0-9-]{1,40})\\.zip");

    @EJB
    private transient EvidenceService evidence;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if ("/verify".equals(path)) {
            ChainReport report = evidence.verify();
            log("evidence chain verified by " + request.getRemoteUser() + ": ok=" + report.ok());
            response.setContentType("application/json; charset=UTF-8");
            response.getWriter().write(json(report));
            return;
        }
        Matcher m = BUNDLE.matcher(path);
        if (!m.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String number = m.group(1);
        byte[] bundle;
        try {
            bundle = evidence.export(number);
        } catch (ElicensingException | EJBException e) {
            ElicensingException refusal = e instanceof ElicensingException direct
                    ? direct
                    : e.getCause() instanceof ElicensingException wrapped ? wrapped : null;
            if (refusal == null) {
                throw e;
            }
            response.sendError(
                    refusal.code() == ErrorCode.APPLICATION_NOT_FOUND
                            ? HttpServletResponse.SC_NOT_FOUND
                            : HttpServletResponse.SC_BAD_REQUEST,
                    refusal.code().name());
            return;
        }
        log("evidence of " + LogSafe.of(number) + " exported by " + request.getRemoteUser());
        response.setContentType("application/vnd.etsi.asic-e+zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + number + "-evidence.asice\"");
        response.setContentLength(bundle.length);
        response.getOutputStream().write(bundle);
    }

    /** {ok, entries, firstBrokenSeq, reason, lastSeq, lastHash, messageRu, messageKz}; absent values are null. */
    static String json(ChainReport r) {
        return "{\"ok\":" + r.ok() + ",\"entries\":" + r.entries() + ",\"firstBrokenSeq\":" + r.firstBrokenSeq()
                + ",\"reason\":" + string(r.reason()) + ",\"lastSeq\":" + r.lastSeq() + ",\"lastHash\":"
                + string(r.lastHash()) + ",\"messageRu\":" + string(r.messageRu()) + ",\"messageKz\":"
                + string(r.messageKz()) + "}";
    }

    static String string(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}

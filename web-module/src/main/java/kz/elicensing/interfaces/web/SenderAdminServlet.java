package kz.elicensing.interfaces.web;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kz.elicensing.application.sender.SenderAdministration;
import kz.elicensing.application.sender.SenderAdministration.RegisteredSender;
import kz.elicensing.application.sender.SenderKind;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;

/**
 * The administrator's sender commands (role admin): {@code GET /admin/senders} lists them as JSON; {@code POST} with
 * {@code action=register} (senderId, password, certificateBin, certificateCn, certificateSha256, service..., kind
 * SYSTEM or AUTHORITY, provider... it is bound to) or
 * {@code action=disable} (senderId) changes one. A POST must carry the header {@code X-Requested-By} (a cross-site form
 * cannot set it), as {@code senders.sh} does.
 */
@WebServlet("/admin/senders")
public class SenderAdminServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @EJB
    private transient SenderAdministration senders;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/json; charset=UTF-8");
        response.getWriter().write(json(senders.senders()));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        if (request.getHeader("X-Requested-By") == null) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "X-Requested-By header required");
            return;
        }
        request.setCharacterEncoding("UTF-8");
        String senderId = request.getParameter("senderId");
        response.setContentType("application/json; charset=UTF-8");
        try {
            switch (String.valueOf(request.getParameter("action"))) {
                case "register" -> {
                    String[] services = request.getParameterValues("service");
                    Set<String> rights = services == null ? Set.of() : new LinkedHashSet<>(Arrays.asList(services));
                    String[] providers = request.getParameterValues("provider");
                    Set<String> bound = providers == null ? Set.of() : new LinkedHashSet<>(Arrays.asList(providers));
                    senders.register(
                            senderId,
                            request.getParameter("password"),
                            request.getParameter("certificateBin"),
                            request.getParameter("certificateCn"),
                            request.getParameter("certificateSha256"),
                            rights,
                            kind(request.getParameter("kind")),
                            bound);
                    log("sender " + senderId + " registered by " + request.getRemoteUser());
                    response.getWriter().write("{\"ok\":true}");
                }
                case "disable" -> {
                    boolean found = senders.disable(senderId);
                    log("sender " + senderId + " disabled by " + request.getRemoteUser() + ": " + found);
                    if (!found) {
                        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                    }
                    response.getWriter().write("{\"ok\":" + found + "}");
                }
                default -> {
                    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                    response.getWriter().write("{\"ok\":false,\"errorCode\":\"UNKNOWN_ACTION\"}");
                }
            }
        } catch (ElicensingException | EJBException e) {
            ElicensingException refusal = e instanceof ElicensingException direct
                    ? direct
                    : e.getCause() instanceof ElicensingException wrapped ? wrapped : null;
            if (refusal == null) {
                throw e;
            }
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.getWriter()
                    .write("{\"ok\":false,\"errorCode\":\"" + refusal.code().name() + "\",\"message\":"
                            + EvidenceServlet.string(refusal.getMessage()) + "}");
        }
    }

    /** SYSTEM (blank) or AUTHORITY; anything else is bad input. */
    private static SenderKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return SenderKind.SYSTEM;
        }
        try {
            return SenderKind.valueOf(kind.strip());
        } catch (IllegalArgumentException e) {
            throw new ElicensingException(ErrorCode.SCHEMA_VIOLATION, "kind is SYSTEM or AUTHORITY, not " + kind);
        }
    }

    /** [{senderId, enabled, certificateBin, certificateCn, certificateSha256, services:[...], kind, providers:[...]}]. */
    static String json(List<RegisteredSender> all) {
        return all.stream()
                .map(s -> "{\"senderId\":" + EvidenceServlet.string(s.senderId()) + ",\"enabled\":" + s.enabled()
                        + ",\"certificateBin\":" + EvidenceServlet.string(s.certificateBin()) + ",\"certificateCn\":"
                        + EvidenceServlet.string(s.certificateCn()) + ",\"certificateSha256\":"
                        + EvidenceServlet.string(s.certificateSha256()) + ",\"services\":["
                        + s.services().stream().map(EvidenceServlet::string).collect(Collectors.joining(","))
                        + "],\"kind\":" + EvidenceServlet.string(s.kind().name()) + ",\"providers\":["
                        + s.providers().stream()
                                .sorted()
                                .map(EvidenceServlet::string)
                                .collect(Collectors.joining(","))
                        + "]}")
                .collect(Collectors.joining(",", "[", "]"));
    }
}

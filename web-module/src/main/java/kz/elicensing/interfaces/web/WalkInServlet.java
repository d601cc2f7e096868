package kz.elicensing.interfaces.web;

import jakarta.ejb.EJB;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.elicensing.application.ops.LogSafe;
import kz.elicensing.application.query.ApplicationView;
import kz.elicensing.application.walkin.ApplicantData;
import kz.elicensing.application.walkin.ApplicantLookup;
import kz.elicensing.application.walkin.ServiceView;
import kz.elicensing.application.walkin.WalkInRequest;
import kz.elicensing.application.walkin.WalkInService;
import kz.elicensing.domain.catalog.Operation;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.party.ApplicantKind;

/**
 * Channel 2 page (Reg. 000 §2.3): the officer chooses the service, enters the IIN/BIN, sees the applicant's data from
 * GBD FL / GBD UL, marks the paper documents, attaches scans, enters the fee's receipt and registers.
 */
@WebServlet("/officer/walk-in")
@MultipartConfig(maxFileSize = 10L * 1024 * 1024, maxRequestSize = 60L * 1024 * 1024, fileSizeThreshold = 1024 * 1024)
public class WalkInServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String SCAN_PREFIX = "scan-";

    @EJB
    private transient WalkInService walkIn;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        WebTexts t = WebTexts.of(request, response);
        StringBuilder body = new StringBuilder();
        if ("registered".equals(request.getParameter("done"))) {
            body.append("<p class=\"msg\" id=\"result\">")
                    .append(t.html("walkin.registered", request.getParameter("n"), request.getParameter("d")))
                    .append("</p>");
        }
        lookupForm(body, t, request, null, null, null);
        write(response, t, body);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        request.setCharacterEncoding("UTF-8");
        if (!OfficerForms.tokenMatches(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        WebTexts t = WebTexts.of(request, response);
        String officer = request.getRemoteUser();
        String service = request.getParameter("service");
        String kind = request.getParameter("kind");
        String applicantId = trim(request.getParameter("applicantId"));
        String base = trim(request.getParameter("baseLicenseNumber"));
        StringBuilder body = new StringBuilder();
        try {
            ApplicantKind applicantKind = kind(kind);
            Operation operation = operation(request.getParameter("operation"));
            if ("lookup".equals(request.getParameter("action"))) {
                ApplicantData data =
                        walkIn.lookup(officer, new ApplicantLookup(service, operation, applicantKind, applicantId));
                lookupForm(body, t, request, service, kind, applicantId);
                registerForm(body, t, request, service, operation, base, data);
            } else if ("register".equals(request.getParameter("action"))) {
                ApplicationView view = walkIn.register(
                        officer,
                        new WalkInRequest(
                                request.getParameter("requestId"),
                                service,
                                operation,
                                applicantKind,
                                applicantId,
                                trim(request.getParameter("paymentReference")),
                                values(request.getParameterValues("doc")),
                                scans(request),
                                t.lang(),
                                base),
                        "WEB-" + UUID.randomUUID());
                response.sendRedirect(request.getContextPath() + "/officer/walk-in?done=registered&n="
                        + URLEncoder.encode(view.number(), StandardCharsets.UTF_8) + "&d=" + view.deadline());
                return;
            } else {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
        } catch (RuntimeException e) {
            ElicensingException refusal = OfficerForms.refusal(e);
            if (refusal == null) {
                throw e;
            }
            log("walk-in " + LogSafe.of(request.getParameter("action")) + " by " + officer + " refused: "
                    + LogSafe.of(refusal.getMessage()));
            response.setStatus(status(refusal.code()));
            body.setLength(0);
            body.append(OfficerForms.error(t, refusal));
            lookupForm(body, t, request, service, kind, applicantId);
        }
        write(response, t, body);
    }

    /** The operation chosen (issue, re-issue, duplicate); none: issue. */
    private static Operation operation(String value) {
        if (value == null || value.isBlank()) {
            return Operation.ISSUE;
        }
        try {
            return Operation.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw new ElicensingException(ErrorCode.SCHEMA_VIOLATION, "no operation " + value);
        }
    }

    private static int status(ErrorCode code) {
        return switch (code) {
            case UPSTREAM_UNAVAILABLE -> HttpServletResponse.SC_SERVICE_UNAVAILABLE;
            case APPLICANT_NOT_FOUND -> HttpServletResponse.SC_NOT_FOUND;
            case OFFICER_NOT_ALLOWED -> HttpServletResponse.SC_FORBIDDEN;
            default -> HttpServletResponse.SC_BAD_REQUEST;
        };
    }

    private void lookupForm(
            StringBuilder body,
            WebTexts t,
            HttpServletRequest request,
            String service,
            String kind,
            String applicantId) {
        String officer = request.getRemoteUser();
        body.append("<p>")
                .append(t.html("officer.signedInAs", officer))
                .append(" <a href=\"../officer\" id=\"nav-officer\">")
                .append(t.html("walkin.back"))
                .append("</a> | <a href=\"cases\" id=\"nav-cases\">")
                .append(t.html("cases.title"))
                .append("</a></p>");
        body.append("<form method=\"post\" id=\"lookup-form\" action=\"walk-in\">")
                .append(OfficerForms.hidden(OfficerForms.CSRF, OfficerForms.token(request.getSession())))
                .append(OfficerForms.hidden("action", "lookup"))
                .append("<label>")
                .append(t.html("walkin.service"))
                .append(" <select name=\"service\" id=\"service\">");
        List<ServiceView> services = walkIn.services(officer);
        for (ServiceView s : services) {
            body.append("<option value=\"")
                    .append(Html.escape(s.code()))
                    .append("\"")
                    .append(s.code().equals(service) ? " selected" : "")
                    .append(">")
                    .append(Html.escape("kk".equals(t.lang()) ? s.titleKz() : s.titleRu()))
                    .append("</option>");
        }
        body.append("</select></label><br><label>")
                .append(t.html("walkin.kind"))
                .append(" <select name=\"kind\" id=\"kind\">");
        for (ApplicantKind k : ApplicantKind.values()) {
            body.append("<option value=\"")
                    .append(k.name())
                    .append("\"")
                    .append(k.name().equals(kind) ? " selected" : "")
                    .append(">")
                    .append(t.html("walkin.kind." + k.name()))
                    .append("</option>");
        }
        String chosen = request.getParameter("operation");
        body.append("</select></label><br><label>")
                .append(t.html("walkin.operation"))
                .append(" <select name=\"operation\" id=\"operation\">");
        for (Operation o : Operation.values()) {
            body.append("<option value=\"")
                    .append(o.name())
                    .append("\"")
                    .append(o.name().equals(chosen) ? " selected" : "")
                    .append(">")
                    .append(t.html("walkin.operation." + o.name()))
                    .append("</option>");
        }
        body.append("</select></label> <label>")
                .append(t.html("walkin.baseLicense"))
                .append(" <input name=\"baseLicenseNumber\" id=\"baseLicenseNumber\" value=\"")
                .append(Html.escape(trim(request.getParameter("baseLicenseNumber"))))
                .append("\"></label>");
        body.append("<br><label>")
                .append(t.html("walkin.applicantId"))
                .append(" <input name=\"applicantId\" id=\"applicantId\" required pattern=\"[0-9]{12}\" value=\"")
                .append(Html.escape(applicantId))
                .append("\"></label> <button type=\"submit\" id=\"lookup\">")
                .append(t.html("walkin.lookup"))
                .append("</button></form>");
    }

    private static void registerForm(
            StringBuilder body,
            WebTexts t,
            HttpServletRequest request,
            String service,
            Operation operation,
            String base,
            ApplicantData data) {
        boolean kk = "kk".equals(t.lang());
        body.append("<h2>")
                .append(t.html("walkin.applicant"))
                .append("</h2><dl id=\"applicant\">")
                .append("<dt>")
                .append(t.html("walkin.registry"))
                .append("</dt><dd id=\"applicant-registry\">")
                .append(Html.escape(data.registry().name()))
                .append("</dd>")
                .append("<dt>")
                .append(t.html("officer.applicant"))
                .append("</dt><dd id=\"applicant-name\">")
                .append(Html.escape(kk ? data.nameKz() : data.nameRu()))
                .append("</dd>")
                .append("<dt>")
                .append(t.html("walkin.address"))
                .append("</dt><dd id=\"applicant-address\">")
                .append(Html.escape(data.address()))
                .append("</dd>");
        if (data.birthDate() != null) {
            body.append("<dt>")
                    .append(t.html("walkin.birthDate"))
                    .append("</dt><dd id=\"applicant-birth\">")
                    .append(data.birthDate())
                    .append("</dd>");
        }
        if (data.leaderName() != null) {
            body.append("<dt>")
                    .append(t.html("walkin.leader"))
                    .append("</dt><dd id=\"applicant-leader\">")
                    .append(Html.escape(data.leaderName()))
                    .append(" (")
                    .append(Html.escape(data.leaderIin()))
                    .append(")</dd>");
        }
        body.append(
                        "</dl><form method=\"post\" id=\"register-form\" action=\"walk-in\" enctype=\"multipart/form-data\">")
                .append(OfficerForms.hidden(OfficerForms.CSRF, OfficerForms.token(request.getSession())))
                .append(OfficerForms.hidden("action", "register"))
                .append(OfficerForms.hidden("service", service))
                .append(OfficerForms.hidden("kind", data.applicantKind().name()))
                .append(OfficerForms.hidden("applicantId", data.applicantId()))
                .append(OfficerForms.hidden("operation", operation.name()))
                .append(OfficerForms.hidden("baseLicenseNumber", base == null ? "" : base))
                .append(OfficerForms.hidden("requestId", "WALKIN-" + UUID.randomUUID()))
                .append("<h2>")
                .append(t.html("walkin.documents"))
                .append("</h2><table id=\"documents\">");
        for (ApplicantData.Document d : data.documents()) {
            String code = Html.escape(d.code());
            body.append("<tr><td><label><input type=\"checkbox\" name=\"doc\" value=\"")
                    .append(code)
                    .append("\" id=\"doc-")
                    .append(code)
                    .append("\"> ")
                    .append(Html.escape(kk ? d.nameKz() : d.nameRu()))
                    .append(d.mandatory() ? " *" : "")
                    .append("</label></td><td><input type=\"file\" name=\"")
                    .append(SCAN_PREFIX)
                    .append(code)
                    .append("\" id=\"scan-")
                    .append(code)
                    .append("\" accept=\"application/pdf,image/jpeg,image/png\"></td></tr>");
        }
        body.append("</table><label>")
                .append(t.html("walkin.payment"))
                .append(" <input name=\"paymentReference\" id=\"paymentReference\" required></label> ")
                .append("<button type=\"submit\" id=\"register\">")
                .append(t.html("walkin.register"))
                .append("</button></form>");
    }

    /** The non-empty file parts named scan-CODE. */
    private static List<WalkInRequest.ScanUpload> scans(HttpServletRequest request) throws IOException {
        List<WalkInRequest.ScanUpload> scans = new ArrayList<>();
        if (request.getContentType() == null || !request.getContentType().startsWith("multipart/")) {
            return scans;
        }
        try {
            for (Part part : request.getParts()) {
                if (part.getName().startsWith(SCAN_PREFIX) && part.getSize() > 0) {
                    try (InputStream in = part.getInputStream()) {
                        scans.add(new WalkInRequest.ScanUpload(
                                part.getName().substring(SCAN_PREFIX.length()),
                                part.getSubmittedFileName(),
                                in.readAllBytes()));
                    }
                }
            }
        } catch (ServletException | IllegalStateException tooLarge) {
            throw new ElicensingException(ErrorCode.SCAN_REJECTED, "upload refused: " + tooLarge.getMessage(), "scan");
        }
        return scans;
    }

    private static ApplicantKind kind(String kind) {
        try {
            return ApplicantKind.valueOf(kind);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ElicensingException(ErrorCode.SCHEMA_VIOLATION, "unknown applicant kind " + kind);
        }
    }

    private static List<String> values(String[] values) {
        return values == null ? List.of() : List.of(values);
    }

    private static String trim(String s) {
        return s == null ? null : s.strip();
    }

    private static void write(HttpServletResponse response, WebTexts t, StringBuilder body) throws IOException {
        response.setContentType("text/html; charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(Html.page(t, t.html("walkin.title"), body.toString()));
    }
}

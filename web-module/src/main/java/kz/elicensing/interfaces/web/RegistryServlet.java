package kz.elicensing.interfaces.web;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import kz.elicensing.application.ops.LogSafe;
import kz.elicensing.application.registry.LicenseRegistry;
import kz.elicensing.application.registry.LicenseView;
import kz.elicensing.application.registry.OfficerChange;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.error.Messages;

/**
 * The license registry page: a license's entry (status, lineage, objects, history) and, for the head of its licensor,
 * suspend / resume / terminate and objects added or removed, each with its reason or the court's/authority's decision.
 */
@WebServlet("/officer/registry")
public class RegistryServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @EJB
    private transient LicenseRegistry registry;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        WebTexts t = WebTexts.of(request, response);
        String number = request.getParameter("number");
        String token = OfficerForms.token(request.getSession());
        StringBuilder body = new StringBuilder("<p><a href=\"../officer\">")
                .append(t.html("registry.back"))
                .append("</a></p>")
                .append(
                        "<form method=\"get\"><input name=\"number\" id=\"number\" required placeholder=\"KZ..\" value=\"")
                .append(Html.escape(number == null ? "" : number))
                .append("\"> <button type=\"submit\" id=\"find\">")
                .append(t.html("registry.find"))
                .append("</button></form>");
        String done = request.getParameter("done");
        if (done != null) {
            body.append("<p class=\"msg\" id=\"result\">")
                    .append(t.html("registry.done." + ("error".equals(done) ? "error" : "ok")))
                    .append(
                            request.getParameter("code") == null
                                    ? ""
                                    : " (" + Html.escape(request.getParameter("code")) + ")")
                    .append("</p>");
        }
        if (number != null && !number.isBlank()) {
            try {
                appendEntry(body, t, token, registry.verify(number));
            } catch (RuntimeException e) {
                ElicensingException refusal = OfficerForms.refusal(e);
                if (refusal == null) {
                    throw e;
                }
                body.append(OfficerForms.error(t, refusal));
            }
        }
        response.setContentType("text/html; charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(Html.page(t, t.html("registry.title"), body.toString()));
    }

    private static void appendEntry(StringBuilder body, WebTexts t, String token, LicenseView v) {
        boolean kk = "kk".equals(t.lang());
        String n = Html.escape(v.number());
        body.append("<h2 id=\"license\">")
                .append(n)
                .append("</h2><p id=\"status\" data-status=\"")
                .append(v.status())
                .append("\">")
                .append(Html.escape(Messages.text(Messages.locale(t.lang()), v.statusKey())))
                .append("</p><p>")
                .append(Html.escape(kk ? v.service().titleKz() : v.service().titleRu()))
                .append(" — ")
                .append(Html.escape(v.holderName()))
                .append(" (")
                .append(Html.escape(v.holderId()))
                .append(")</p>");
        if (!v.reissueOf().isEmpty()) {
            body.append("<p id=\"reissue-of\">")
                    .append(t.html("registry.reissueOf", String.join(", ", v.reissueOf())))
                    .append("</p>");
        }
        if (v.reissuedAs() != null) {
            body.append("<p id=\"reissued-as\">")
                    .append(t.html("registry.reissuedAs", v.reissuedAs()))
                    .append("</p>");
        }
        body.append("<h3>").append(t.html("registry.objects")).append("</h3><ul id=\"objects\">");
        for (LicenseView.LicensedObject o : v.objects()) {
            body.append("<li id=\"object-")
                    .append(o.id())
                    .append("\">")
                    .append(Html.escape(o.address()))
                    .append(form(
                            token,
                            n,
                            "REMOVE_OBJECT",
                            OfficerForms.hidden("objectId", String.valueOf(o.id()))
                                    + reasonFields(t)
                                    + button(t, "REMOVE_OBJECT")))
                    .append("</li>");
        }
        body.append("</ul>")
                .append(form(
                        token,
                        n,
                        "ADD_OBJECT",
                        "<input name=\"address\" required placeholder=\"" + t.html("registry.address") + "\"> "
                                + reasonFields(t) + button(t, "ADD_OBJECT")));
        body.append("<h3>").append(t.html("registry.change")).append("</h3>");
        for (String a : v.allowedChanges()) {
            body.append(form(token, n, a, reasonFields(t) + button(t, a)));
        }
        body.append("<h3>").append(t.html("registry.history")).append("</h3><table id=\"history\">");
        for (LicenseView.Event e : v.events()) {
            body.append("<tr><td>")
                    .append(e.at())
                    .append("</td><td>")
                    .append(e.action())
                    .append("</td><td>")
                    .append(e.statusAfter())
                    .append("</td><td>")
                    .append(e.basis())
                    .append(": ")
                    .append(Html.escape(e.actor()))
                    .append("</td><td>")
                    .append(Html.escape(e.reason() == null ? "" : e.reason()))
                    .append(
                            e.decisionNumber() == null
                                    ? ""
                                    : " — № " + Html.escape(e.decisionNumber()) + " " + e.decisionDate() + " "
                                            + Html.escape(e.decisionBody()))
                    .append("</td></tr>");
        }
        body.append("</table>");
    }

    /** The reason and, for a court or authority decision, its number, date and issuing body. */
    private static String reasonFields(WebTexts t) {
        return "<select name=\"basis\"><option value=\"OFFICER\">" + t.html("registry.basis.OFFICER")
                + "</option><option value=\"COURT\">" + t.html("registry.basis.COURT")
                + "</option><option value=\"AUTHORITY\">"
                + t.html("registry.basis.AUTHORITY")
                + "</option></select> <input name=\"reason\" required placeholder=\""
                + t.html("registry.reason") + "\"> <input name=\"decisionNumber\" placeholder=\""
                + t.html("registry.decisionNumber")
                + "\"> <input name=\"decisionDate\" type=\"date\"> <input name=\"decisionBody\" placeholder=\""
                + t.html("registry.decisionBody") + "\"> ";
    }

    private static String button(WebTexts t, String action) {
        return "<button type=\"submit\" name=\"action\" value=\"" + action + "\" id=\"" + action.toLowerCase() + "\">"
                + t.html("registry.action." + action) + "</button>";
    }

    private static String form(String token, String number, String action, String controls) {
        return "<form method=\"post\" class=\"" + action.toLowerCase() + "\">"
                + OfficerForms.hidden(OfficerForms.CSRF, token) + OfficerForms.hidden("number", number) + controls
                + "</form>";
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        if (!OfficerForms.tokenMatches(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String officer = request.getRemoteUser();
        String number = request.getParameter("number");
        String done = "ok";
        String code = null;
        try {
            String date = request.getParameter("decisionDate");
            String objectId = request.getParameter("objectId");
            registry.changeByOfficer(
                    number,
                    officer,
                    new OfficerChange(
                            request.getParameter("action"),
                            request.getParameter("basis"),
                            request.getParameter("reason"),
                            request.getParameter("decisionNumber"),
                            date == null || date.isBlank() ? null : LocalDate.parse(date),
                            request.getParameter("decisionBody"),
                            request.getParameter("address"),
                            objectId == null ? null : Long.parseLong(objectId)));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            done = "error";
            code = ErrorCode.SCHEMA_VIOLATION.name();
        } catch (RuntimeException e) {
            ElicensingException refusal = OfficerForms.refusal(e);
            if (refusal == null) {
                throw e;
            }
            log("registry change of " + LogSafe.of(number) + " by " + officer + " refused: "
                    + LogSafe.of(refusal.getMessage()));
            done = "error";
            code = refusal.code().name();
        }
        response.sendRedirect(request.getContextPath() + "/officer/registry?number="
                + URLEncoder.encode(number == null ? "" : number, StandardCharsets.UTF_8) + "&done=" + done
                + (code == null ? "" : "&code=" + code));
    }
}

package kz.elicensing.interfaces.web;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kz.elicensing.application.ops.LogSafe;
import kz.elicensing.application.query.CaseView;
import kz.elicensing.application.walkin.OfficerView;
import kz.elicensing.application.walkin.WalkInService;
import kz.elicensing.domain.error.ElicensingException;

/**
 * The open applications an officer sees (their provider's: the unassigned and their own; the head: all), with channel
 * and assignee; the head of the office assigns and re-assigns them here.
 */
@WebServlet("/officer/cases")
public class CasesServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @EJB
    private transient WalkInService walkIn;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        WebTexts t = WebTexts.of(request, response);
        String officer = request.getRemoteUser();
        StringBuilder body = new StringBuilder();
        String done = request.getParameter("done");
        if ("assigned".equals(done)) {
            body.append("<p class=\"msg\" id=\"result\">")
                    .append(t.html("cases.assigned", request.getParameter("n"), request.getParameter("to")))
                    .append("</p>");
        } else if ("error".equals(done)) {
            body.append("<p class=\"err\" id=\"error\" data-code=\"")
                    .append(Html.escape(request.getParameter("code")))
                    .append("\">")
                    .append(t.html("cases.error", request.getParameter("n")))
                    .append(" (")
                    .append(Html.escape(request.getParameter("code")))
                    .append(")</p>");
        }
        body.append("<p>")
                .append(t.html("officer.signedInAs", officer))
                .append(" <a href=\"../officer\" id=\"nav-officer\">")
                .append(t.html("walkin.back"))
                .append("</a> | <a href=\"walk-in\" id=\"nav-walkin\">")
                .append(t.html("walkin.title"))
                .append("</a></p>");
        List<CaseView> cases = walkIn.cases(officer);
        boolean head = request.isUserInRole(OfficerView.HEAD_ROLE);
        List<OfficerView> colleagues = head ? walkIn.colleagues(officer) : List.of();
        String token = OfficerForms.token(request.getSession());
        if (cases.isEmpty()) {
            body.append("<p id=\"empty\">").append(t.html("cases.none")).append("</p>");
        } else {
            body.append("<table id=\"cases\"><tr><th>")
                    .append(t.html("officer.number"))
                    .append("</th><th>")
                    .append(t.html("officer.applicant"))
                    .append("</th><th>")
                    .append(t.html("officer.service"))
                    .append("</th><th>")
                    .append(t.html("cases.status"))
                    .append("</th><th>")
                    .append(t.html("cases.channel"))
                    .append("</th><th>")
                    .append(t.html("officer.deadline"))
                    .append("</th><th>")
                    .append(t.html("cases.assignee"))
                    .append("</th></tr>");
            for (CaseView c : cases) {
                String n = Html.escape(c.number());
                body.append("<tr id=\"case-")
                        .append(n)
                        .append("\"><td>")
                        .append(n)
                        .append("</td><td>")
                        .append(Html.escape(c.applicantName()))
                        .append(" (")
                        .append(Html.escape(c.applicantId()))
                        .append(")</td><td>")
                        .append(Html.escape(c.serviceCode()))
                        .append("</td><td class=\"status\">")
                        .append(c.status().name())
                        .append("</td><td class=\"channel\">")
                        .append(t.html("cases.channel." + c.channel().name()))
                        .append("</td><td>")
                        .append(c.deadline())
                        .append("</td><td class=\"assignee\">")
                        .append(Html.escape(c.assignedOfficer() == null ? "—" : c.assignedOfficer()));
                if (head) {
                    body.append("<form method=\"post\" action=\"cases\">")
                            .append(OfficerForms.hidden(OfficerForms.CSRF, token))
                            .append(OfficerForms.hidden("number", c.number()))
                            .append("<select name=\"officer\" id=\"assignee-")
                            .append(n)
                            .append("\"><option value=\"\">—</option>");
                    for (OfficerView o : colleagues) {
                        body.append("<option value=\"")
                                .append(Html.escape(o.username()))
                                .append("\"")
                                .append(o.username().equals(c.assignedOfficer()) ? " selected" : "")
                                .append(">")
                                .append(Html.escape(o.fullName()))
                                .append(" (")
                                .append(Html.escape(o.username()))
                                .append(")</option>");
                    }
                    body.append("</select> <button type=\"submit\" id=\"assign-")
                            .append(n)
                            .append("\">")
                            .append(t.html("cases.assign"))
                            .append("</button></form>");
                }
                body.append("</td></tr>");
            }
            body.append("</table>");
        }
        response.setContentType("text/html; charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(Html.page(t, t.html("cases.title"), body.toString()));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        if (!OfficerForms.tokenMatches(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String head = request.getRemoteUser();
        String number = request.getParameter("number");
        String target = request.getParameter("officer");
        String query;
        try {
            walkIn.assign(head, number, target);
            query = "done=assigned&to="
                    + URLEncoder.encode(target == null || target.isBlank() ? "—" : target, StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            ElicensingException refusal = OfficerForms.refusal(e);
            if (refusal == null) {
                throw e;
            }
            log("assignment of " + LogSafe.of(number) + " by " + head + " refused: "
                    + LogSafe.of(refusal.getMessage()));
            query = "done=error&code=" + refusal.code().name();
        }
        response.sendRedirect(request.getContextPath() + "/officer/cases?" + query + "&n="
                + URLEncoder.encode(number == null ? "" : number, StandardCharsets.UTF_8));
    }
}

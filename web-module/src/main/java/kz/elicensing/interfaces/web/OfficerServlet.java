package kz.elicensing.interfaces.web;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import kz.elicensing.application.decision.DecisionService;
import kz.elicensing.application.decision.PaymentReceipts;
import kz.elicensing.application.decision.ProcedureView;
import kz.elicensing.application.decision.RefusalGroundView;
import kz.elicensing.application.ops.LogSafe;
import kz.elicensing.application.query.ApplicationView;
import kz.elicensing.domain.error.ElicensingException;

/**
 * The simplest officer page: applications awaiting a decision of the officer's provider, with approve and refuse;
 * below them the applications whose checks failed after the last retry, with retry and refuse. An application paid by a
 * scanned receipt shows the mark "payment to be confirmed", a link to the scan and the confirmation.
 */
@WebServlet("/officer")
public class OfficerServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String CSRF = "csrf";

    @EJB
    private transient DecisionService decisions;

    @EJB
    private transient PaymentReceipts receipts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        WebTexts t = WebTexts.of(request, response);
        String officer = request.getRemoteUser();
        List<ApplicationView> waiting = decisions.awaitingDecision(officer);
        String token = csrfToken(request.getSession());
        StringBuilder body = new StringBuilder();
        body.append("<p>").append(t.html("officer.signedInAs", officer)).append("</p>");
        // walk-in / assignment pages
        body.append("<p><a href=\"officer/walk-in\" id=\"nav-walkin\">")
                .append(t.html("walkin.title"))
                .append("</a> | <a href=\"officer/cases\" id=\"nav-cases\">")
                .append(t.html("cases.title"))
                .append("</a> | <a href=\"officer/registry.xhtml\" id=\"nav-registry\">")
                .append(t.html("officer.nav.registry"))
                .append("</a> | <a href=\"officer/deadlines.xhtml\" id=\"nav-deadlines\">")
                .append(t.html("officer.nav.deadlines"))
                .append("</a></p>");
        body.append("<form method=\"post\" action=\"logout\"><button type=\"submit\" id=\"logout\">")
                .append(t.html("officer.logout"))
                .append("</button></form>");
        String done = request.getParameter("done");
        String number = request.getParameter("n");
        if ("approved".equals(done)) {
            body.append("<p class=\"msg\" id=\"result\">")
                    .append(t.html("officer.approved", number))
                    .append("</p>");
        } else if ("refused".equals(done)) {
            body.append("<p class=\"msg\" id=\"result\">")
                    .append(t.html("officer.refused", number))
                    .append("</p>");
        } else if ("ordered".equals(done)) {
            body.append("<p class=\"msg\" id=\"result\">")
                    .append(t.html("officer.ordered", number))
                    .append("</p>");
        } else if ("advanced".equals(done)) {
            body.append("<p class=\"msg\" id=\"result\">")
                    .append(t.html("officer.advanced", number))
                    .append("</p>");
        } else if ("paymentConfirmed".equals(done)) {
            body.append("<p class=\"msg\" id=\"result\">")
                    .append(t.html("officer.paymentConfirmed", number))
                    .append("</p>");
        } else if ("retried".equals(done)) {
            body.append("<p class=\"msg\" id=\"result\">")
                    .append(t.html("officer.retried", number))
                    .append("</p>");
        } else if ("error".equals(done)) {
            body.append("<p class=\"err\" id=\"result\">")
                    .append(t.html("officer.error", number))
                    .append("</p>");
        }
        if (waiting.isEmpty()) {
            body.append("<p id=\"empty\">").append(t.html("officer.none")).append("</p>");
        } else {
            body.append("<table id=\"applications\"><tr><th>")
                    .append(t.html("officer.number"))
                    .append("</th><th>")
                    .append(t.html("officer.applicant"))
                    .append("</th><th>")
                    .append(t.html("officer.service"))
                    .append("</th><th>")
                    .append(t.html("officer.deadline"))
                    .append("</th><th>")
                    .append(t.html("officer.decision"))
                    .append("</th></tr>");
            Map<String, Optional<ProcedureView>> procedures = new HashMap<>();
            Set<String> toConfirm = new HashSet<>(receipts.toConfirm(officer));
            for (ApplicationView a : waiting) {
                Optional<ProcedureView> procedure = procedures.computeIfAbsent(a.serviceCode(), decisions::procedure);
                appendRow(
                        body,
                        t,
                        token,
                        a,
                        procedure.flatMap(p -> p.find(a.currentStep())),
                        procedure.map(p -> p.isLast(a.currentStep())).orElse(true),
                        toConfirm.contains(a.number()),
                        () -> decisions.refusalGrounds(a.number(), officer));
            }
            body.append("</table>");
        }
        appendChecksFailed(body, t, token, decisions.checksFailed(officer), n -> decisions.refusalGrounds(n, officer));
        response.setContentType("text/html; charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(Html.page(t, t.html("officer.title"), body.toString()));
    }

    /**
     * One application awaiting the officer. With a procedure of its own (service 8) it shows its current step, that
     * step's unit and deadline, and offers "step done" until the last step, where the result is issued; a refusal only
     * where the step allows one.
     */
    private static void appendRow(
            StringBuilder body,
            WebTexts t,
            String token,
            ApplicationView a,
            Optional<ProcedureView.Step> step,
            boolean last,
            boolean paymentToConfirm,
            Supplier<List<RefusalGroundView>> grounds) {
        String n = Html.escape(a.number());
        boolean kk = "kk".equals(t.lang());
        body.append("<tr id=\"app-")
                .append(n)
                .append("\"><td>")
                .append(n)
                .append("</td><td>")
                .append(Html.escape(a.applicantName()))
                .append(" (")
                .append(Html.escape(a.applicantId()))
                .append(")</td><td>")
                .append(Html.escape(a.serviceCode()));
        step.ifPresent(s -> body.append("<br><span class=\"step\" id=\"step-")
                .append(n)
                .append("\">")
                .append(Html.escape(kk ? s.nameKz() : s.nameRu()))
                .append(" (")
                .append(Html.escape(kk ? s.unitKz() : s.unitRu()))
                .append("), ")
                .append(t.html("officer.stepDeadline", a.stepDeadline()))
                .append("</span>"));
        body.append("</td><td>").append(a.deadline()).append("</td><td>");
        if (paymentToConfirm) {
            // Reg. 000 §2.2(6): paid by a scanned receipt; the officer looks at it and confirms it, or refuses on the
            // catalog ground PAYMENT_NOT_CONFIRMED; the license is issued only after the confirmation
            body.append("<p class=\"mark\" id=\"payment-to-confirm-")
                    .append(n)
                    .append("\">")
                    .append(t.html("officer.paymentToConfirm"))
                    .append(" <a href=\"officer/receipt?number=")
                    .append(n)
                    .append("\" id=\"receipt-")
                    .append(n)
                    .append("\" target=\"_blank\">")
                    .append(t.html("officer.receipt"))
                    .append("</a></p>")
                    .append(form(
                            token,
                            n,
                            "confirm-payment",
                            "<button type=\"submit\" name=\"action\" value=\"confirmPayment\" id=\"confirm-payment-" + n
                                    + "\">" + t.html("officer.confirmPayment") + "</button>"));
        }
        if (last) {
            String label = step.isPresent() ? t.html("officer.issueOrder") : t.html("officer.approve");
            body.append(form(
                    token,
                    n,
                    "approve",
                    "<button type=\"submit\" name=\"action\" value=\"approve\" id=\"approve-" + n + "\">" + label
                            + "</button>"));
        } else {
            body.append(form(
                    token,
                    n,
                    "advance",
                    "<button type=\"submit\" name=\"action\" value=\"advance\" id=\"advance-" + n + "\">"
                            + t.html("officer.advance") + "</button>"));
        }
        if (step.map(ProcedureView.Step::refusable).orElse(true)) {
            body.append(form(
                    token,
                    n,
                    "refuse",
                    groundSelect(t, grounds.get(), n)
                            + "<input name=\"reasonRu\" required placeholder=\""
                            + t.html("officer.reasonRu") + "\"> <input name=\"reasonKz\" required placeholder=\""
                            + t.html("officer.reasonKz")
                            + "\"> <button type=\"submit\" name=\"action\" value=\"refuse\" id=\"refuse-"
                            + n + "\">" + t.html("officer.refuse") + "</button>"));
        }
        body.append("</td></tr>");
    }

    /** The CHECK_FAILED applications: the last step's note says which check failed; retry it, or refuse. */
    private static void appendChecksFailed(
            StringBuilder body,
            WebTexts t,
            String token,
            List<ApplicationView> failed,
            Function<String, List<RefusalGroundView>> grounds) {
        if (failed.isEmpty()) {
            return;
        }
        body.append("<h2>")
                .append(t.html("officer.checksFailed"))
                .append("</h2>")
                .append("<table id=\"checks-failed\"><tr><th>")
                .append(t.html("officer.number"))
                .append("</th><th>")
                .append(t.html("officer.applicant"))
                .append("</th><th>")
                .append(t.html("officer.failedCheck"))
                .append("</th><th>")
                .append(t.html("officer.deadline"))
                .append("</th><th>")
                .append(t.html("officer.decision"))
                .append("</th></tr>");
        for (ApplicationView a : failed) {
            String n = Html.escape(a.number());
            String note = a.history().isEmpty()
                    ? ""
                    : a.history().get(a.history().size() - 1).note();
            body.append("<tr id=\"failed-")
                    .append(n)
                    .append("\"><td>")
                    .append(n)
                    .append("</td><td>")
                    .append(Html.escape(a.applicantName()))
                    .append(" (")
                    .append(Html.escape(a.applicantId()))
                    .append(")</td><td>")
                    .append(Html.escape(note == null ? "" : note))
                    .append("</td><td>")
                    .append(a.deadline())
                    .append("</td><td>")
                    .append(form(
                            token,
                            n,
                            "retry",
                            "<button type=\"submit\" name=\"action\" value=\"retry\" id=\"retry-" + n + "\">"
                                    + t.html("officer.retry") + "</button>"))
                    .append(form(
                            token,
                            n,
                            "refuse",
                            groundSelect(t, grounds.apply(a.number()), n)
                                    + "<input name=\"reasonRu\" required placeholder=\""
                                    + t.html("officer.reasonRu")
                                    + "\"> <input name=\"reasonKz\" required placeholder=\""
                                    + t.html("officer.reasonKz")
                                    + "\"> <button type=\"submit\" name=\"action\" value=\"refuse\" id=\"refuse-failed-"
                                    + n + "\">" + t.html("officer.refuse") + "</button>"))
                    .append("</td></tr>");
        }
        body.append("</table>");
    }

    /** The catalog's refusal grounds of the application's service, in the page's language; the first one preselected. */
    private static String groundSelect(WebTexts t, List<RefusalGroundView> grounds, String number) {
        StringBuilder select = new StringBuilder("<select name=\"ground\" required id=\"ground-")
                .append(number)
                .append("\" title=\"")
                .append(t.html("officer.ground"))
                .append("\">");
        for (RefusalGroundView g : grounds) {
            select.append("<option value=\"")
                    .append(Html.escape(g.code()))
                    .append("\">")
                    .append(Html.escape("kk".equals(t.lang()) ? g.nameKz() : g.nameRu()))
                    .append("</option>");
        }
        return select.append("</select> ").toString();
    }

    private static String form(String token, String number, String action, String controls) {
        return "<form method=\"post\" class=\"" + action + "\"><input type=\"hidden\" name=\"" + CSRF + "\" value=\""
                + token + "\"><input type=\"hidden\" name=\"number\" value=\"" + number + "\">" + controls + "</form>";
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        HttpSession session = request.getSession(false);
        String expected = session == null ? null : (String) session.getAttribute(CSRF);
        String given = request.getParameter(CSRF);
        if (expected == null
                || given == null
                || !MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String officer = request.getRemoteUser();
        String number = request.getParameter("number");
        String done;
        String code = null;
        String shown = number;
        try {
            if ("approve".equals(request.getParameter("action"))) {
                shown = decisions.approve(number, officer);
                // a license number (KZ.. per contracts §5), or a ministerial order's number (service 8)
                done = shown.startsWith("KZ") ? "approved" : "ordered";
            } else if ("refuse".equals(request.getParameter("action"))) {
                decisions.refuse(
                        number,
                        officer,
                        request.getParameter("ground"),
                        request.getParameter("reasonRu"),
                        request.getParameter("reasonKz"));
                done = "refused";
            } else if ("advance".equals(request.getParameter("action"))) {
                decisions.advance(number, officer);
                done = "advanced";
            } else if ("confirmPayment".equals(request.getParameter("action"))) {
                receipts.confirm(number, officer);
                done = "paymentConfirmed";
            } else if ("retry".equals(request.getParameter("action"))) {
                decisions.retryChecks(number, officer);
                done = "retried";
            } else {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
        } catch (ElicensingException | EJBException e) {
            log("decision on " + LogSafe.of(number) + " by " + officer + " failed", e);
            done = "error";
            ElicensingException refusal = OfficerForms.refusal(e);
            code = refusal == null ? null : refusal.code().name(); // e.g. OPERATION_NOT_ALLOWED: lost a race
        }
        response.sendRedirect(request.getContextPath() + "/officer?done=" + done + "&n="
                + URLEncoder.encode(shown == null ? "" : shown, StandardCharsets.UTF_8)
                + (code == null ? "" : "&code=" + code));
    }

    private static String csrfToken(HttpSession session) {
        String token = (String) session.getAttribute(CSRF);
        if (token == null) {
            byte[] bytes = new byte[24];
            new SecureRandom().nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            session.setAttribute(CSRF, token);
        }
        return token;
    }
}

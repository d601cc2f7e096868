package kz.elicensing.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import kz.elicensing.application.signin.SignInGuard;

/** The officer sign-in form (FORM authentication; the check itself is Elytron's j_security_check). */
@WebServlet({"/login", "/login-failed"})
public class LoginServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    private transient SignInGuard guard;

    /**
     * The failed sign-in is forwarded here with the POST of j_security_check: it is counted and audited (Elytron's
     * brute-force protection locks the login out after too many; docs/security.md section 8).
     */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("/login-failed".equals(request.getServletPath())) {
            guard.officerFailed(request.getParameter("j_username"), request.getRemoteAddr());
        }
        doGet(request, response);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        WebTexts t = WebTexts.of(request, response);
        String error = "/login-failed".equals(request.getServletPath())
                ? "<p class=\"err\" id=\"login-error\">" + t.html("login.failed") + "</p>"
                : "";
        String body = error + "<form method=\"post\" action=\"j_security_check\">"
                + "<p><label>" + t.html("login.username")
                + " <input name=\"j_username\" id=\"j_username\" autocomplete=\"username\"></label></p>"
                + "<p><label>" + t.html("login.password")
                + " <input type=\"password\" name=\"j_password\" id=\"j_password\" autocomplete=\"current-password\"></label></p>"
                + "<p><button type=\"submit\" id=\"login\">" + t.html("login.submit") + "</button></p></form>";
        response.setContentType("text/html; charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(Html.page(t, t.html("login.title"), body));
    }
}

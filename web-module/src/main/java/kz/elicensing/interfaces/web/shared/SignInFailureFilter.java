package kz.elicensing.interfaces.web.shared;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import kz.elicensing.application.signin.SignInGuard;

/**
 * Counts and audits a failed officer sign-in: the container forwards j_security_check's failed POST to the form error
 * page, where this filter sees it (Elytron's brute-force protection locks the login out; docs/security.md section 8).
 */
public class SignInFailureFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Inject
    private transient SignInGuard guard;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod()) && request.getParameter("j_username") != null) {
            guard.officerFailed(request.getParameter("j_username"), request.getRemoteAddr());
        }
        chain.doFilter(request, response);
    }
}

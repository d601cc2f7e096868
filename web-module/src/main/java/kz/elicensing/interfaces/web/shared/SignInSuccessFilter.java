package kz.elicensing.interfaces.web.shared;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import kz.elicensing.application.signin.SignInEvent;
import kz.elicensing.application.signin.SignInGuard;

/** Tells the sign-in guard once per session that an officer or admin got in, so their earlier failures are forgotten. */
public class SignInSuccessFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final String TOLD = SignInSuccessFilter.class.getName();

    @Inject
    private transient SignInGuard guard;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String user = request.getRemoteUser();
        HttpSession session = request.getSession(false);
        if (user != null && session != null && session.getAttribute(TOLD) == null) {
            session.setAttribute(TOLD, Boolean.TRUE);
            guard.succeeded(SignInEvent.Realm.OFFICER, user);
        }
        chain.doFilter(request, response);
    }
}

package kz.elicensing.interfaces.web.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * After a sign-in asked for by an ajax post (AjaxSignInFilter), the container replays that post at the page's address
 * marked {@code signin-return}: it is answered by a redirect to the page itself (without the mark), so the person sees
 * the page again, signed in, and the stale post decides nothing.
 */
public class SignInReturnFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String query = request.getQueryString();
        String mark = AjaxSignInFilter.RETURN_MARK + "=1";
        if (query == null || !query.contains(mark)) {
            chain.doFilter(request, response);
            return;
        }
        String rest = query.replace("&" + mark, "").replace(mark + "&", "").replace(mark, "");
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getRequestURI() + (rest.isEmpty() ? "" : "?" + rest));
        response.setHeader("Cache-Control", "no-store");
    }
}

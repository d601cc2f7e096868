package kz.elicensing.interfaces.web.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * An ajax request of a page whose session has ended is sent to the sign-in form by the container; a partial response
 * cannot show a form, so the page is told to open itself again by GET (which signs in, then comes back to the page).
 */
public class AjaxSignInFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    /**
     * Marks the page's address the partial answer sends to: the container replays the kept ajax post there after the
     * sign-in, and {@link SignInReturnFilter} turns that replay into a plain GET of the page.
     */
    public static final String RETURN_MARK = "signin-return";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"partial/ajax".equals(request.getHeader("Faces-Request"))) {
            chain.doFilter(request, response);
            return;
        }
        Object original = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        Object query = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        String url = original instanceof String uri
                ? uri + "?" + (query instanceof String q && !q.isEmpty() ? q + "&" : "") + RETURN_MARK + "=1"
                : request.getContextPath() + "/";
        String escaped = url.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/xml");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.getWriter()
                .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\"" + escaped
                        + "\"/></partial-response>");
    }
}

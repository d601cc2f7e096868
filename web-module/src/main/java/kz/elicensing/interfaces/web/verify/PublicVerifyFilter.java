package kz.elicensing.interfaces.web.verify;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The QR code's address {@code /verify/{number}?h=...}: a person's browser gets the page ({@code verify.xhtml}), a
 * program asking {@code Accept: application/json} gets the JSON ({@code /api/public/verify/{number}}).
 */
public class PublicVerifyFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getPathInfo() != null
                ? request.getPathInfo()
                : request.getRequestURI().substring(request.getContextPath().length() + "/verify".length());
        String number = path.startsWith("/") ? path.substring(1) : path;
        if (number.isEmpty() || number.contains("/") || number.length() > 40) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String hash = request.getParameter("h");
        String accept = request.getHeader("Accept");
        String encoded = URLEncoder.encode(number, StandardCharsets.UTF_8);
        String query = hash == null ? "" : "h=" + URLEncoder.encode(hash, StandardCharsets.UTF_8);
        if (accept != null && accept.contains("application/json")) {
            request.getRequestDispatcher("/api/public/verify/" + encoded + (query.isEmpty() ? "" : "?" + query))
                    .forward(request, response);
        } else {
            request.getRequestDispatcher("/verify.xhtml?number=" + encoded + (query.isEmpty() ? "" : "&" + query))
                    .forward(request, response);
        }
    }
}

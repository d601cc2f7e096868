package kz.elicensing.interfaces.web.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The browser-side headers on every response of the application (workbench pages, error pages, files, SOAP), set
 * before anything is written. A Faces page's policy is PrimeFaces' own (the same policy plus the page's script nonce,
 * web.xml {@code primefaces.CSP_POLICY}); it replaces the default rather than adding a second one.
 */
public class SecurityHeadersFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final String CSP = "Content-Security-Policy";

    /**
     * Own origin only: no inline or foreign script (a Faces page adds its one nonce), styles from the application (and
     * the component library's style attributes), no plugins, forms post only to the application, and no page may
     * frame these pages (clickjacking); scripts connect only to the application and to NCALayer on the person's own
     * computer ({@code wss://127.0.0.1}, any port: the signing of results, issue 15).
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none';"
            + " connect-src 'self' wss://127.0.0.1:*; script-src 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(CSP, CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        chain.doFilter(request, new OnePolicy(response));
    }

    /** A response on which a later Content-Security-Policy (the page's, with its nonce) replaces the default one. */
    private static final class OnePolicy extends HttpServletResponseWrapper {
        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}

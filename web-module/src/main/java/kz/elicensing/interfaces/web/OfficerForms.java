package kz.elicensing.interfaces.web;

import jakarta.ejb.EJBException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.Messages;

/** What the remaining servlet pages (walk-in, registry, catalog) share: the session's CSRF token and refusal texts. */
final class OfficerForms {
    static final String CSRF = "csrf";

    private OfficerForms() {}

    /** The session's token, made on first use. */
    static String token(HttpSession session) {
        String token = (String) session.getAttribute(CSRF);
        if (token == null) {
            byte[] bytes = new byte[24];
            new SecureRandom().nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            session.setAttribute(CSRF, token);
        }
        return token;
    }

    /** True when the posted token is the session's. */
    static boolean tokenMatches(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String expected = session == null ? null : (String) session.getAttribute(CSRF);
        String given = request.getParameter(CSRF);
        return expected != null
                && given != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + Html.escape(name) + "\" value=\"" + Html.escape(value) + "\">";
    }

    /** The refusal inside an EJB exception, or null when it is something else. */
    static ElicensingException refusal(RuntimeException e) {
        if (e instanceof ElicensingException direct) {
            return direct;
        }
        return e instanceof EJBException && e.getCause() instanceof ElicensingException wrapped ? wrapped : null;
    }

    /** The refusal as an error paragraph: its code (data-code) and its text in the page's language. */
    static String error(WebTexts t, ElicensingException e) {
        String text = Messages.text(Messages.locale(t.lang()), e.messageKey(), e.arguments());
        return "<p class=\"err\" id=\"error\" data-code=\"" + e.code().name() + "\">" + Html.escape(text) + " ("
                + e.code().name() + ")</p>";
    }
}

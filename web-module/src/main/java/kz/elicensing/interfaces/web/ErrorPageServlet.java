package kz.elicensing.interfaces.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one error page (web.xml's error-page mappings for 400, 403, 404, 405, 500 and any Throwable): the status and a
 * plain sentence in Russian and Kazakh; never a stack trace, an exception's text or a server version, to any caller
 * (the exception goes to the server log only).
 */
@WebServlet("/error")
public class ErrorPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : HttpServletResponse.SC_NOT_FOUND;
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t) {
            LOG.log(Level.SEVERE, "unhandled error on a web page (the caller sees the plain error page)", t);
            status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        }
        String key = switch (status) {
            case 400, 403, 404, 405 -> "error." + status;
            default -> "error.500";
        };
        WebTexts ru = WebTexts.of("ru");
        WebTexts kk = WebTexts.of("kk");
        String body = "<p id=\"error-page\" data-status=\"" + status + "\">" + ru.html(key) + "</p><p lang=\"kk\">"
                + kk.html(key) + "</p><p><a href=\"" + Html.escape(request.getContextPath()) + "/officer\">"
                + ru.html("error.home") + " / " + kk.html("error.home") + "</a></p>";
        response.setStatus(status);
        response.setContentType("text/html; charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(Html.page(ru, ru.html("error.title") + " " + status, body));
    }
}

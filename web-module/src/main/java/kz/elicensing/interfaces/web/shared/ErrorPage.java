package kz.elicensing.interfaces.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one error page's data (web.xml's error pages for 400, 403, 404, 405, 500 and any Throwable): the status and its
 * text key; the exception goes to the server log only, never to the page (no stack trace, no exception text).
 */
@Named("errorPage")
@RequestScoped
public class ErrorPage {
    private static final Logger LOG = Logger.getLogger(ErrorPage.class.getName());

    private int status = HttpServletResponse.SC_NOT_FOUND;
    private boolean logged;

    /** The error's status (500 for an exception); logs the exception once. */
    public int getStatus() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        Map<String, Object> request = context.getRequestMap();
        Object code = request.get(RequestDispatcher.ERROR_STATUS_CODE);
        status = code instanceof Integer i ? i : status;
        if (request.get(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t) {
            if (!logged) {
                LOG.log(Level.SEVERE, "unhandled error on a web page (the caller sees the plain error page)", t);
                logged = true;
            }
            status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        }
        context.setResponseStatus(status);
        context.setResponseHeader("Cache-Control", "no-store");
        return status;
    }

    /** The bundle key of the status's sentence. */
    public String getKey() {
        return switch (getStatus()) {
            case 400, 403, 404, 405 -> "error." + status;
            default -> "error.500";
        };
    }
}

package kz.elicensing.interfaces.web.shared;

import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A page posted after its view expired (a stale tab, a session that ended and was signed in again): the same page is
 * opened again by GET with a message, never an error page; a decision is not taken from a stale form.
 */
public class ExpiredViewHandlerFactory extends ExceptionHandlerFactory {
    public ExpiredViewHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    /** Redirects a {@link ViewExpiredException} to its view; anything else goes on to the container's error page. */
    private static final class Handler extends ExceptionHandlerWrapper {
        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() throws FacesException {
            Iterator<ExceptionQueuedEvent> events =
                    getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                Throwable thrown = events.next().getContext().getException();
                if (thrown instanceof ViewExpiredException expired) {
                    events.remove();
                    reopen(expired.getViewId());
                }
            }
            getWrapped().handle();
        }

        private static void reopen(String viewId) {
            FacesContext faces = FacesContext.getCurrentInstance();
            ExternalContext context = faces.getExternalContext();
            Locale locale = faces.getViewRoot() == null
                    ? Language.RU
                    : faces.getViewRoot().getLocale();
            String text = ResourceBundle.getBundle(
                            "kz.elicensing.web.i18n.common", locale, Handler.class.getClassLoader())
                    .getString("page.expired");
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, null));
            context.getFlash().setKeepMessages(true);
            String view = viewId == null ? "/index.xhtml" : viewId;
            String query = context.getRequestParameterMap().containsKey("number")
                    ? "?number="
                            + java.net.URLEncoder.encode(
                                    context.getRequestParameterMap().get("number"),
                                    java.nio.charset.StandardCharsets.UTF_8)
                    : "";
            try {
                context.redirect(context.getRequestContextPath() + view + query);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }
    }
}

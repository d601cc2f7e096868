package kz.elicensing.interfaces.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.Messages;

/**
 * Messages a bean shows on the page in the person's language: a bundle text by key, or a refused action's own text
 * (the error code's message, never a generic "error"). Messages survive a redirect (the flash).
 */
@RequestScoped
public class PageMessages {
    @Inject
    private Language language;

    /** An information message from the workbench bundle {@code bundle} (e.g. "cases") and key. */
    public void info(String bundle, String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, text(bundle, key, args));
    }

    /** An error message from the workbench bundle {@code bundle} and key. */
    public void error(String bundle, String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, text(bundle, key, args));
    }

    /** A refused action: the refusal's own text in the person's language, with its stable code. */
    public void refused(ElicensingException e) {
        add(FacesMessage.SEVERITY_ERROR, refusalText(e));
    }

    /** The refusal's text in the person's language followed by its code, e.g. "… (OPERATION_NOT_ALLOWED)". */
    public String refusalText(ElicensingException e) {
        Locale locale = Messages.locale(language.getCode());
        return Messages.text(locale, e.messageKey(), e.arguments()) + " ("
                + e.code().name() + ")";
    }

    /** A text of the workbench bundle {@code bundle} ({@code kz.elicensing.web.i18n.<bundle>}) in the person's language. */
    public String text(String bundle, String key, Object... args) {
        Locale locale = language.getLocale();
        ResourceBundle texts = ResourceBundle.getBundle(
                "kz.elicensing.web.i18n." + bundle,
                locale,
                PageMessages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern = texts.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(severity, text, null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }
}

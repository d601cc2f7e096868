package kz.elicensing.interfaces.web.shared;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/**
 * The person's language in the workbench (ru or kk): chosen with {@code ?lang=} on any page or the switch in the
 * header, kept in the session, Russian until chosen.
 */
@Named("lang")
@SessionScoped
public class Language implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final Locale RU = Locale.forLanguageTag("ru");
    public static final Locale KK = Locale.forLanguageTag("kk");

    private Locale locale = RU;

    /** The locale of this request: a {@code lang} request parameter (ru or kk) changes it for the session. */
    public Locale getLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null) {
            String asked = faces.getExternalContext().getRequestParameterMap().get("lang");
            if ("ru".equals(asked) || "kk".equals(asked)) {
                locale = Locale.forLanguageTag(asked);
            }
        }
        return locale;
    }

    /** {@code ru} or {@code kk}. */
    public String getCode() {
        return getLocale().getLanguage();
    }

    public boolean isKazakh() {
        return KK.getLanguage().equals(getCode());
    }

    /** Switches the session's language (the header's ru | kk links post here). */
    public void use(String code) {
        locale = "kk".equals(code) ? KK : RU;
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null) {
            faces.getViewRoot().setLocale(locale);
        }
    }
}

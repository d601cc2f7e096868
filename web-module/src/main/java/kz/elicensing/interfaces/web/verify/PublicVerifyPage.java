package kz.elicensing.interfaces.web.verify;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import kz.elicensing.application.verify.PublicLicense;
import kz.elicensing.application.verify.PublicVerification;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.Messages;

/**
 * The public check page's data (no sign-in, no session): the license, or the refusal's text; the language from
 * {@code ?lang=} (Russian by default).
 */
@Named("publicVerify")
@RequestScoped
public class PublicVerifyPage {
    @EJB
    PublicVerification verification;

    private PublicLicense license;
    private String refusal;
    private String refusalCode;
    private boolean loaded;

    public Locale getLocale() {
        return "kk".equals(param("lang")) ? Messages.KK : Messages.RU;
    }

    public boolean isKazakh() {
        return "kk".equals(getLocale().getLanguage());
    }

    public PublicLicense getLicense() {
        load();
        return license;
    }

    public String getRefusal() {
        load();
        return refusal;
    }

    public String getRefusalCode() {
        load();
        return refusalCode;
    }

    /** The license's status in the page's language. */
    public String getStatusText() {
        load();
        return license == null ? "" : Messages.text(getLocale(), license.statusKey());
    }

    public String getNumber() {
        return param("number");
    }

    public String getHash() {
        return param("h");
    }

    private void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        try {
            license = verification.verify(
                    getNumber(), getHash(), ((HttpServletRequest) context.getRequest()).getRemoteAddr());
        } catch (EJBException e) {
            if (e.getCause() instanceof ElicensingException refused) {
                refused(refused, context);
            } else {
                throw e;
            }
        } catch (ElicensingException e) {
            refused(e, context);
        }
    }

    private void refused(ElicensingException e, ExternalContext context) {
        refusalCode = e.code().name();
        refusal = Messages.text(getLocale(), e.messageKey(), e.arguments());
        context.setResponseStatus(
                switch (refusalCode) {
                    case "RATE_LIMITED" -> 429;
                    case "LICENSE_NOT_FOUND" -> 404;
                    default -> 422;
                });
    }

    private static String param(String name) {
        return FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get(name);
    }
}

package kz.elicensing.interfaces.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/** Signs the person out (the header's button): ends the container's sign-in and the session, back to the start. */
@Named("signOut")
@RequestScoped
public class SignOut {
    public String signOut() throws ServletException {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) context.getRequest()).logout();
        context.invalidateSession();
        return "/index?faces-redirect=true";
    }
}

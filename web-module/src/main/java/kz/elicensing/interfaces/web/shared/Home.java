package kz.elicensing.interfaces.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** Where the application's root sends a person: an administrator to the senders, everyone else to the worklist. */
@Named("home")
@RequestScoped
public class Home {
    /** The outcome of the root page's view action (a redirect). */
    public String firstPage() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        boolean admin =
                context.isUserInRole("admin") && !context.isUserInRole("officer") && !context.isUserInRole("head");
        return admin ? "/admin/senders?faces-redirect=true" : "/officer/index?faces-redirect=true";
    }
}

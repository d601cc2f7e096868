package kz.elicensing.interfaces.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import kz.elicensing.application.admin.OfficerAdministration;
import kz.elicensing.application.admin.OfficerAdministration.OfficerRow;
import kz.elicensing.application.admin.OfficerAdministration.ProviderOption;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.interfaces.web.shared.PageMessages;

/** admin/officers.xhtml: the officers with provider and role; the editor adds one or changes, disables, resets. */
@Named
@ViewScoped
public class OfficersPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    transient OfficerAdministration officers;

    @Inject
    transient PageMessages messages;

    private List<OfficerRow> rows;
    private List<ProviderOption> providers;
    /** The editor: open, for a new account (true) or an existing one. */
    private boolean editing;

    private boolean adding;
    private String username;
    private String fullName;
    private String provider;
    private String role = "officer";
    private String password;

    @PostConstruct
    void load() {
        rows = officers.officers();
        providers = officers.providers();
    }

    public void startAdd() {
        editing = true;
        adding = true;
        username = null;
        fullName = null;
        provider = null;
        role = "officer";
        password = null;
    }

    public void startEdit(OfficerRow row) {
        editing = true;
        adding = false;
        username = row.username();
        fullName = row.fullName();
        provider = row.providerCode();
        role = row.role();
        password = null;
    }

    public void cancel() {
        editing = false;
        password = null;
    }

    public void save() {
        try {
            if (adding) {
                officers.add(actor(), username, fullName, provider, role, password);
                messages.info("admin", "officers.added", username);
            } else {
                officers.change(actor(), username, fullName, provider, role);
                if (password != null && !password.isEmpty()) {
                    officers.resetPassword(actor(), username, password);
                }
                messages.info("admin", "officers.changed", username);
            }
            editing = false;
            password = null;
            load();
        } catch (ElicensingException e) {
            messages.refused(e);
        }
    }

    public void toggle(OfficerRow row) {
        try {
            OfficerRow after = officers.setEnabled(actor(), row.username(), !row.enabled());
            messages.info("admin", after.enabled() ? "officers.enabledDone" : "officers.disabledDone", row.username());
            load();
        } catch (ElicensingException e) {
            messages.refused(e);
        }
    }

    private static String actor() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    public List<OfficerRow> getRows() {
        return rows;
    }

    public List<ProviderOption> getProviders() {
        return providers;
    }

    public List<String> getRoles() {
        return List.of("officer", "head", "admin");
    }

    public boolean isEditing() {
        return editing;
    }

    public boolean isAdding() {
        return adding;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}

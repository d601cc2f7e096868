package kz.elicensing.interfaces.web.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import kz.elicensing.application.sender.SenderAdministration;
import kz.elicensing.application.sender.SenderAdministration.ProviderChoice;
import kz.elicensing.application.sender.SenderAdministration.RegisteredSender;
import kz.elicensing.application.sender.SenderAdministration.SenderForm;
import kz.elicensing.application.sender.SenderKind;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.interfaces.web.shared.PageMessages;

/**
 * {@code admin/senders.xhtml}: the sending systems with their certificate binding, rights and providers; the register /
 * change dialog and disabling. Thin: {@link SenderAdministration} checks and records every change.
 */
@Named("senderAdmin")
@ViewScoped
public class SenderPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private transient SenderAdministration senders;

    @Inject
    private PageMessages messages;

    private List<RegisteredSender> list;
    private final SenderEdit edit = new SenderEdit();
    private boolean dialogOpen;

    /** The dialog's fields; {@code existing} when it changes a registered sender (its id fixed, password optional). */
    public static class SenderEdit implements Serializable {
        private static final long serialVersionUID = 1L;
        private boolean existing;
        private String senderId;
        private String password;
        private String certificateBin;
        private String certificateCn;
        private String certificateSha256;
        private String kind = SenderKind.SYSTEM.name();
        private List<String> services = new ArrayList<>();
        private List<String> providers = new ArrayList<>();

        public boolean isExisting() {
            return existing;
        }

        public String getSenderId() {
            return senderId;
        }

        public void setSenderId(String senderId) {
            this.senderId = senderId;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        public String getCertificateBin() {
            return certificateBin;
        }

        public void setCertificateBin(String certificateBin) {
            this.certificateBin = certificateBin;
        }

        public String getCertificateCn() {
            return certificateCn;
        }

        public void setCertificateCn(String certificateCn) {
            this.certificateCn = certificateCn;
        }

        public String getCertificateSha256() {
            return certificateSha256;
        }

        public void setCertificateSha256(String certificateSha256) {
            this.certificateSha256 = certificateSha256;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public List<String> getServices() {
            return services;
        }

        public void setServices(List<String> services) {
            this.services = services == null ? new ArrayList<>() : services;
        }

        public List<String> getProviders() {
            return providers;
        }

        public void setProviders(List<String> providers) {
            this.providers = providers == null ? new ArrayList<>() : providers;
        }
    }

    public List<RegisteredSender> getSenders() {
        if (list == null) {
            list = senders.senders();
        }
        return list;
    }

    public List<String> getServiceChoices() {
        return senders.grantableServices();
    }

    public List<ProviderChoice> getProviderChoices() {
        return senders.providers();
    }

    public List<String> getKinds() {
        return List.of(SenderKind.SYSTEM.name(), SenderKind.AUTHORITY.name());
    }

    public SenderEdit getEdit() {
        return edit;
    }

    public boolean isDialogOpen() {
        return dialogOpen;
    }

    /** Opens the dialog empty, for a new sender. */
    public void startNew() {
        edit.existing = false;
        edit.senderId = null;
        edit.password = null;
        edit.certificateBin = null;
        edit.certificateCn = null;
        edit.certificateSha256 = null;
        edit.kind = SenderKind.SYSTEM.name();
        edit.services = new ArrayList<>();
        edit.providers = new ArrayList<>();
        dialogOpen = true;
    }

    /** Opens the dialog with a registered sender's values (its password is not shown: blank keeps it). */
    public void startEdit(RegisteredSender s) {
        edit.existing = true;
        edit.senderId = s.senderId();
        edit.password = null;
        edit.certificateBin = s.certificateBin();
        edit.certificateCn = s.certificateCn();
        edit.certificateSha256 = s.certificateSha256();
        edit.kind = s.kind().name();
        edit.services = new ArrayList<>(s.services());
        edit.providers = new ArrayList<>(s.providers());
        dialogOpen = true;
    }

    public void cancel() {
        dialogOpen = false;
    }

    /** Registers or changes the sender; a refusal keeps the dialog open with the refusal's text. */
    public void save() {
        try {
            RegisteredSender saved = senders.register(
                    admin(),
                    new SenderForm(
                            edit.senderId,
                            edit.password,
                            edit.certificateBin,
                            edit.certificateCn,
                            edit.certificateSha256,
                            new LinkedHashSet<>(edit.services),
                            SenderKind.valueOf(edit.kind == null ? SenderKind.SYSTEM.name() : edit.kind),
                            new LinkedHashSet<>(edit.providers)));
            messages.info("admin", edit.existing ? "senders.changed" : "senders.registered", saved.senderId());
            dialogOpen = false;
            list = null;
        } catch (RuntimeException e) {
            messages.refused(refusal(e));
        }
    }

    /** Disables a sender (it keeps its history); it can be enabled again by saving it. */
    public void disable(String senderId) {
        try {
            if (senders.disable(admin(), senderId)) {
                messages.info("admin", "senders.disabled", senderId);
            } else {
                messages.error("admin", "senders.notFound", senderId);
            }
            list = null;
        } catch (RuntimeException e) {
            messages.refused(refusal(e));
        }
    }

    /** A provider's name in the person's language, by code. */
    public String providerName(String code, boolean kazakh) {
        return senders.providers().stream()
                .filter(p -> p.code().equals(code))
                .map(p -> kazakh ? p.nameKz() : p.nameRu())
                .findFirst()
                .orElse(code);
    }

    static String admin() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    /** The refusal in a use case's exception (bare, or wrapped by the container); anything else is thrown on. */
    static ElicensingException refusal(RuntimeException e) {
        Throwable cause = e;
        while (cause != null && !(cause instanceof ElicensingException)) {
            cause = cause.getCause();
        }
        if (cause == null) {
            throw e;
        }
        return (ElicensingException) cause;
    }
}

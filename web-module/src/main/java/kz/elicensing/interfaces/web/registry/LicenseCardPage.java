package kz.elicensing.interfaces.web.registry;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import kz.elicensing.application.registry.LicenseCard;
import kz.elicensing.application.registry.LicenseRegistry;
import kz.elicensing.application.registry.LicenseView;
import kz.elicensing.application.registry.OfficerChange;
import kz.elicensing.application.registry.RegistryDesk;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.Messages;
import kz.elicensing.interfaces.web.shared.Language;
import kz.elicensing.interfaces.web.shared.PageMessages;

/**
 * {@code officer/license.xhtml?number=}: a license's card (holder, service, subtypes, objects, status, lineage,
 * history) and, for the head of its licensor, the changes the registry allows now, each with its basis and reason.
 * The use case checks who may act and what the status allows; a refusal shows its code's text.
 */
@Named("licenseCard")
@ViewScoped
public class LicenseCardPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    RegistryDesk desk;

    @Inject
    LicenseRegistry registry;

    @Inject
    Language lang;

    @Inject
    PageMessages messages;

    private String number;
    private LicenseCard card;
    private String basis = "OFFICER";
    private String reason;
    private String decisionNumber;
    private LocalDate decisionDate;
    private String decisionBody;
    private String address;

    /** The view action: reads the card of {@code ?number=}. */
    public void load() {
        card = null;
        if (number == null || number.isBlank()) {
            return;
        }
        try {
            card = desk.card(number, user());
            number = card.license().number();
        } catch (ElicensingException e) {
            messages.refused(e);
        }
    }

    /** Suspends, resumes or terminates the license. */
    public void change(String action) {
        submit(action, null, null);
    }

    public void addObject() {
        submit("ADD_OBJECT", address, null);
    }

    public void removeObject(Long objectId) {
        submit("REMOVE_OBJECT", null, objectId);
    }

    private void submit(String action, String objectAddress, Long objectId) {
        try {
            registry.changeByOfficer(
                    number,
                    user(),
                    new OfficerChange(
                            action,
                            basis,
                            reason,
                            decisionNumber,
                            decisionDate,
                            decisionBody,
                            objectAddress,
                            objectId));
            messages.info("registry", "card.done", messages.text("registry", "event." + action));
            reason = null;
            decisionNumber = null;
            decisionDate = null;
            decisionBody = null;
            address = null;
            basis = "OFFICER";
        } catch (ElicensingException e) {
            messages.refused(e);
        }
        load();
    }

    private static String user() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    /** A status's name in the person's language. */
    public String statusText(String status) {
        return status == null ? "" : Messages.text(Messages.locale(lang.getCode()), "license.status." + status);
    }

    /** The service's title in the person's language. */
    public String getServiceTitle() {
        return lang.isKazakh()
                ? card.license().service().titleKz()
                : card.license().service().titleRu();
    }

    /** The licensor's name in the person's language. */
    public String getLicensorName() {
        return lang.isKazakh()
                ? card.license().licensor().nameKz()
                : card.license().licensor().nameRu();
    }

    /** The license of the card (null before one is found). */
    public LicenseView getLicense() {
        return card == null ? null : card.license();
    }

    /** The termination's confirmation, naming the license. */
    public String getConfirmText() {
        return card == null
                ? ""
                : messages.text("registry", "card.confirm.text", card.license().number());
    }

    public LicenseCard getCard() {
        return card;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getBasis() {
        return basis;
    }

    public void setBasis(String basis) {
        this.basis = basis;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public void setDecisionNumber(String decisionNumber) {
        this.decisionNumber = decisionNumber;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public void setDecisionDate(LocalDate decisionDate) {
        this.decisionDate = decisionDate;
    }

    public String getDecisionBody() {
        return decisionBody;
    }

    public void setDecisionBody(String decisionBody) {
        this.decisionBody = decisionBody;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }
}

package kz.elicensing.interfaces.web.registry;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import kz.elicensing.application.decision.PreparedResult;
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
 * history) and, for the head of its licensor, the changes the registry allows now, each with its basis and reason: a
 * suspension, resumption or termination is prepared as an act that the authorized person signs here through NCALayer,
 * and applied once the signature passes. The use case checks who may act and what the status allows; a refusal shows
 * its code's text.
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
    private String reasonKz;
    private String decisionNumber;
    private LocalDate decisionDate;
    private String decisionBody;
    private String address;
    private PreparedResult prepared;
    private String signedXml;

    /** The view action: reads the card of {@code ?number=}. */
    public void load() {
        card = null;
        prepared = null;
        if (number == null || number.isBlank()) {
            return;
        }
        try {
            card = desk.card(number, user());
            number = card.license().number();
            prepared = card.mayChange() ? registry.pendingAct(number, user()).orElse(null) : null;
        } catch (ElicensingException e) {
            messages.refused(e);
        }
    }

    /** Prepares the suspension, resumption or termination as an act for the authorized person to sign. */
    public void change(String action) {
        try {
            registry.prepareByOfficer(
                    number,
                    user(),
                    new OfficerChange(
                            action, basis, reason, reasonKz, decisionNumber, decisionDate, decisionBody, null, null));
            messages.info("registry", "card.prepared", messages.text("registry", "event." + action));
            clear();
        } catch (ElicensingException e) {
            messages.refused(e);
        }
        load();
    }

    /**
     * The act the authorized person signed through NCALayer (the page's script put it in the hidden field): applied, or
     * refused with its reason shown and the prepared act kept for another signature.
     */
    public void submitSignature() {
        String xml = signedXml;
        signedXml = null;
        if (prepared == null) {
            messages.error("registry", "card.sign.nothingPrepared");
        } else if (xml == null || xml.isBlank()) {
            messages.error("registry", "card.sign.nothingSigned");
        } else {
            try {
                registry.signByOfficer(prepared.token(), xml.getBytes(StandardCharsets.UTF_8), user());
                messages.info("registry", "card.done", messages.text("registry", "card.sign.applied"));
            } catch (ElicensingException e) {
                messages.refused(e);
            }
        }
        load();
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
                            reasonKz,
                            decisionNumber,
                            decisionDate,
                            decisionBody,
                            objectAddress,
                            objectId));
            messages.info("registry", "card.done", messages.text("registry", "event." + action));
            clear();
        } catch (ElicensingException e) {
            messages.refused(e);
        }
        load();
    }

    private void clear() {
        reason = null;
        reasonKz = null;
        decisionNumber = null;
        decisionDate = null;
        decisionBody = null;
        address = null;
        basis = "OFFICER";
    }

    /** The act prepared and waiting for the authorized person's signature, or null. */
    public PreparedResult getPrepared() {
        return prepared;
    }

    public String getSignedXml() {
        return signedXml;
    }

    public void setSignedXml(String signedXml) {
        this.signedXml = signedXml;
    }

    /** Where the page's script finds NCALayer ({@code elicensing.ncalayer-url}, as on the case page). */
    public String getNcaLayerUrl() {
        return System.getProperty("elicensing.ncalayer-url", "wss://127.0.0.1:13579");
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

    public String getReasonKz() {
        return reasonKz;
    }

    public void setReasonKz(String reasonKz) {
        this.reasonKz = reasonKz;
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

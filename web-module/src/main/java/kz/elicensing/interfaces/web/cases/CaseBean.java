package kz.elicensing.interfaces.web.cases;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.function.Supplier;
import kz.elicensing.application.decision.DecisionService;
import kz.elicensing.application.decision.IssuedResult;
import kz.elicensing.application.decision.PaymentReceipts;
import kz.elicensing.application.decision.PreparedResult;
import kz.elicensing.application.decision.SigningToolSettings;
import kz.elicensing.application.query.CaseFile;
import kz.elicensing.application.query.OfficerCases;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.interfaces.web.shared.PageMessages;

/**
 * The case page ({@code officer/case.xhtml?number=...}): everything of one application, and the actions its state
 * allows. Thin: each action is one use case, which refuses what the state no longer allows (a second decision, after
 * a double click or the back button, is refused by the state check and shown as the refusal's text).
 */
@Named("caseView")
@ViewScoped
public class CaseBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private OfficerCases cases;

    @EJB
    private DecisionService decisions;

    @EJB
    private PaymentReceipts receipts;

    @Inject
    private PageMessages messages;

    @Inject
    private SigningToolSettings signingTool;

    private String number;
    private CaseFile file;
    private String ground;
    private String motivationRu;
    private String motivationKk;
    private PreparedResult prepared;
    private String signedXml;

    /** The view action: reads the case (a case the officer may not see is the refusal APPLICATION_NOT_FOUND). */
    public void load() {
        file = null;
        if (number == null || number.isBlank()) {
            return;
        }
        try {
            file = cases.caseFile(number.strip(), me());
            if (ground == null && !file.grounds().isEmpty()) {
                ground = file.grounds().get(0).code();
            }
            prepared = file.status().isFinal()
                    ? null
                    : decisions.pending(number.strip(), me()).orElse(null);
        } catch (RuntimeException e) {
            refused(e);
        }
    }

    /** Prepares the approval for the authorized person's signature; the page then offers to sign it with NCALayer. */
    public String approve() {
        return prepare(() -> decisions.approve(number, me()));
    }

    /** Prepares the motivated refusal for the authorized person's signature. */
    public String refuse() {
        return prepare(() -> decisions.refuse(number, me(), ground, motivationRu, motivationKk));
    }

    /** The page is opened again by GET and shows the prepared result with its signing button. */
    private String prepare(Supplier<PreparedResult> preparation) {
        return act(
                () -> {
                    preparation.get();
                    return null;
                },
                "case.prepared");
    }

    /**
     * The XML the authorized person signed through NCALayer (the page's script put it in the hidden field): issued, or
     * refused with its reason shown in the page and the prepared result kept for another signature.
     */
    public String submitSignature() {
        if (prepared == null) {
            messages.error("cases", "case.sign.nothingPrepared");
            return null;
        }
        String token = prepared.token();
        String xml = signedXml;
        signedXml = null;
        if (xml == null || xml.isBlank()) {
            messages.error("cases", "case.sign.nothingSigned");
            return null;
        }
        return act(
                () -> {
                    IssuedResult issued =
                            decisions.sign(token, xml.getBytes(java.nio.charset.StandardCharsets.UTF_8), me());
                    return (issued.resultNumber() == null ? "" : issued.resultNumber() + ", ") + issued.signerName();
                },
                "case.issued");
    }

    public String retry() {
        return act(
                () -> {
                    decisions.retryChecks(number, me());
                    return null;
                },
                "case.retried");
    }

    public String advance() {
        return act(
                () -> {
                    decisions.advance(number, me());
                    return null;
                },
                "case.advanced");
    }

    public String confirmPayment() {
        return act(
                () -> {
                    receipts.confirm(number, me());
                    return null;
                },
                "case.paymentConfirmed");
    }

    /**
     * Does the action; on success the page is opened again by GET (the message kept in the flash), so that reloading or
     * going back does not post it again; a refusal stays on the page with its text.
     */
    private String act(Supplier<String> action, String doneKey) {
        try {
            String result = action.get();
            messages.info("cases", doneKey, number, result == null ? "" : result);
            return "/officer/case?faces-redirect=true&number="
                    + java.net.URLEncoder.encode(number, java.nio.charset.StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            refused(e);
            load();
            return null;
        }
    }

    private void refused(RuntimeException e) {
        ElicensingException refusal = Refusals.of(e);
        if (refusal == null) {
            throw e;
        }
        messages.refused(refusal);
    }

    private static String me() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.getRemoteUser();
    }

    /** The result prepared and waiting for the authorized person's signature, or null. */
    public PreparedResult getPrepared() {
        return prepared;
    }

    public String getSignedXml() {
        return signedXml;
    }

    public void setSignedXml(String signedXml) {
        this.signedXml = signedXml;
    }

    /** Where the page's script finds NCALayer on the officer's machine, as the application's settings say. */
    public String getNcaLayerUrl() {
        return signingTool.signingTool().ncaLayerUrl();
    }

    public CaseFile getFile() {
        return file;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getGround() {
        return ground;
    }

    public void setGround(String ground) {
        this.ground = ground;
    }

    public String getMotivationRu() {
        return motivationRu;
    }

    public void setMotivationRu(String motivationRu) {
        this.motivationRu = motivationRu;
    }

    public String getMotivationKk() {
        return motivationKk;
    }

    public void setMotivationKk(String motivationKk) {
        this.motivationKk = motivationKk;
    }
}

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
import kz.elicensing.application.decision.PaymentReceipts;
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

    private String number;
    private CaseFile file;
    private String ground;
    private String motivationRu;
    private String motivationKk;

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
        } catch (RuntimeException e) {
            refused(e);
        }
    }

    public String approve() {
        return act(() -> decisions.approve(number, me()), "case.approved");
    }

    public String refuse() {
        return act(
                () -> {
                    decisions.refuse(number, me(), ground, motivationRu, motivationKk);
                    return null;
                },
                "case.refused");
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

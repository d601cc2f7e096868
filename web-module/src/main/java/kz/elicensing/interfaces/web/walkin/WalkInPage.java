package kz.elicensing.interfaces.web.walkin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import kz.elicensing.application.ops.LogSafe;
import kz.elicensing.application.walkin.ApplicantData;
import kz.elicensing.application.walkin.ApplicantLookup;
import kz.elicensing.application.walkin.ScanView;
import kz.elicensing.application.walkin.ServiceOffer;
import kz.elicensing.application.walkin.WalkInReceipt;
import kz.elicensing.application.walkin.WalkInRequest;
import kz.elicensing.application.walkin.WalkInService;
import kz.elicensing.domain.catalog.Operation;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.party.ApplicantKind;
import kz.elicensing.interfaces.web.shared.Language;
import kz.elicensing.interfaces.web.shared.PageMessages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The walk-in guided form (channel 2, Reg. 000 §2.3): service and operation → the applicant from GBD FL / GBD UL → the
 * catalog's documents as a checklist with a scan per document → the fee's receipt → register → the receipt to print.
 * Thin: every rule is the walk-in use case's ({@link WalkInService}); a refusal shows its code's text.
 */
@Named("walkIn")
@ViewScoped
public class WalkInPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(WalkInPage.class.getName());

    @EJB
    private WalkInService walkIn;

    @Inject
    private PageMessages messages;

    @Inject
    private Language language;

    private List<ServiceOffer> offers = List.of();
    private String service;
    private Operation operation = Operation.ISSUE;
    private ApplicantKind kind;
    private String applicantId;
    private String baseLicenseNumber;
    private ApplicantData applicant;
    private final Map<String, Boolean> presented = new LinkedHashMap<>();
    private final Map<String, Scan> scans = new LinkedHashMap<>();
    private String paymentReference;
    private String requestId = newRequestId();
    private WalkInReceipt receipt;

    /** An uploaded scan kept with the form until it is registered: what the officer sees and the bytes. */
    public record Scan(ScanView view, byte[] content) implements Serializable {}

    @PostConstruct
    void load() {
        offers = walkIn.offers(officer());
        if (!offers.isEmpty()) {
            service = offers.get(0).code();
            kind = offer().applicantKinds().get(0);
        }
    }

    // --- step 1: service, operation, applicant ---

    /** A new service chosen: its first applicant kind, an issue, and nothing of the previous applicant. */
    public void serviceChanged() {
        ServiceOffer chosen = offer();
        if (chosen != null && (kind == null || !chosen.applicantKinds().contains(kind))) {
            kind = chosen.applicantKinds().get(0);
        }
        if (chosen != null && chosen.operation(operation).isEmpty()) {
            operation = chosen.operations().isEmpty()
                    ? Operation.ISSUE
                    : chosen.operations().get(0).operation();
        }
        forgetApplicant();
    }

    /** Another operation or applicant kind: the documents differ, the applicant is asked again. */
    public void choiceChanged() {
        forgetApplicant();
    }

    /** Asks GBD FL / GBD UL for the applicant; the registry's data and the documents to present, or the refusal. */
    public void lookup() {
        forgetApplicant();
        try {
            applicant = walkIn.lookup(officer(), new ApplicantLookup(service, operation, kind, trim(applicantId)));
            applicant.documents().forEach(d -> presented.put(d.code(), Boolean.FALSE));
        } catch (ElicensingException e) {
            refused("lookup", e);
        }
    }

    // --- step 2: documents and scans ---

    /** A scan for the document named by the upload's {@code code} attribute: checked, its SHA-256 shown, marked. */
    public void upload(FileUploadEvent event) {
        String code = (String) event.getComponent().getAttributes().get("code");
        UploadedFile file = event.getFile();
        try {
            byte[] content = file.getContent();
            ScanView view = ScanView.check(code, file.getFileName(), content);
            scans.put(code, new Scan(view, content));
            presented.put(code, Boolean.TRUE);
        } catch (ElicensingException e) {
            refused("upload", e);
        }
    }

    /** Takes a document's scan off the form (the paper mark stays as the officer set it). */
    public void removeScan(String code) {
        scans.remove(code);
    }

    // --- step 3: payment and registration ---

    /** Registers the application with the marked documents and the scans; the receipt to print, or the refusal. */
    public void register() {
        if (receipt != null) {
            return;
        }
        List<String> marked = presented.entrySet().stream()
                .filter(e -> Boolean.TRUE.equals(e.getValue()))
                .map(Map.Entry::getKey)
                .toList();
        List<WalkInRequest.ScanUpload> uploads = new ArrayList<>();
        scans.values()
                .forEach(s -> uploads.add(new WalkInRequest.ScanUpload(
                        s.view().documentCode(), s.view().fileName(), s.content())));
        try {
            receipt = walkIn.registerWithReceipt(
                    officer(),
                    new WalkInRequest(
                            requestId,
                            service,
                            operation,
                            kind,
                            trim(applicantId),
                            trim(paymentReference),
                            marked,
                            uploads,
                            language.getCode(),
                            operation == Operation.ISSUE ? null : baseLicenseNumber),
                    "WEB-" + UUID.randomUUID());
            scans.clear();
            messages.info("walkin", "walkin.registered", receipt.number());
        } catch (ElicensingException e) {
            refused("register", e);
        }
    }

    // --- what the view reads ---

    public List<ServiceOffer> getOffers() {
        return offers;
    }

    /** The chosen service's offer, or null. */
    public ServiceOffer offer() {
        return offers.stream().filter(o -> o.code().equals(service)).findFirst().orElse(null);
    }

    public List<Operation> getOperations() {
        ServiceOffer o = offer();
        return o == null
                ? List.of()
                : o.operations().stream()
                        .map(ServiceOffer.OperationOffer::operation)
                        .toList();
    }

    public List<ApplicantKind> getKinds() {
        ServiceOffer o = offer();
        return o == null ? List.of() : o.applicantKinds();
    }

    public boolean isBaseLicenseNeeded() {
        return operation != null && operation != Operation.ISSUE;
    }

    /** The documents of the checklist (those the look-up listed for this applicant). */
    public List<ApplicantData.Document> getDocuments() {
        return applicant == null ? List.of() : applicant.documents();
    }

    public Map<String, Boolean> getPresented() {
        return presented;
    }

    /** The uploaded scan of a document, or null. */
    public ScanView scan(String code) {
        Scan s = scans.get(code);
        return s == null ? null : s.view();
    }

    /** The step the form is at: 1 choose, 2 applicant and documents, 3 payment, 4 receipt. */
    public int getStep() {
        if (receipt != null) {
            return 4;
        }
        return applicant == null ? 1 : 2;
    }

    public long getMaxScanBytes() {
        return ScanView.MAX_BYTES;
    }

    public long getMaxScanMegabytes() {
        return ScanView.MAX_BYTES / (1024L * 1024L);
    }

    public int getMaxScans() {
        return ScanView.MAX_SCANS;
    }

    public ApplicantData getApplicant() {
        return applicant;
    }

    public WalkInReceipt getReceipt() {
        return receipt;
    }

    public String getService() {
        return service;
    }

    public void setService(String service) {
        this.service = service;
    }

    public Operation getOperation() {
        return operation;
    }

    public void setOperation(Operation operation) {
        this.operation = operation;
    }

    public ApplicantKind getKind() {
        return kind;
    }

    public void setKind(ApplicantKind kind) {
        this.kind = kind;
    }

    public String getApplicantId() {
        return applicantId;
    }

    public void setApplicantId(String applicantId) {
        this.applicantId = applicantId;
    }

    public String getBaseLicenseNumber() {
        return baseLicenseNumber;
    }

    public void setBaseLicenseNumber(String baseLicenseNumber) {
        this.baseLicenseNumber = baseLicenseNumber;
    }

    public String getPaymentReference() {
        return paymentReference;
    }

    public void setPaymentReference(String paymentReference) {
        this.paymentReference = paymentReference;
    }

    private void forgetApplicant() {
        applicant = null;
        presented.clear();
        scans.clear();
        requestId = newRequestId();
    }

    private void refused(String action, ElicensingException e) {
        LOG.info(() -> "walk-in " + action + " by " + officer() + " refused: " + LogSafe.of(e.getMessage()));
        messages.refused(e);
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static String officer() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    private static String newRequestId() {
        return "WALKIN-" + UUID.randomUUID();
    }

    private static String trim(String s) {
        return s == null ? null : s.strip();
    }
}

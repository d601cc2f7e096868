package kz.elicensing.domain.licence;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One change of a license in the registry, kept for good: the action, the status after it, who, when and why, and for
 * the head's status changes the signed act (the signed XML and its signer as the catalog names them).
 */
public class LicenseEvent {
    private Long id;
    private License license;
    private LicenseAction action;
    private LicenseStatus statusAfter;
    private Instant at;
    private DecisionBasis basis;
    private String actor;
    private String reason;
    private String decisionNumber;
    private LocalDate decisionDate;
    private String decisionBody;
    private byte[] signedDocument;
    private String signerIin;
    private String signerName;
    private String signerPositionRu;
    private String signerPositionKz;
    private String signerCertificate;

    protected LicenseEvent() {}

    LicenseEvent(License license, LicenseAction action, LicenseStatus statusAfter, LicenseChange change) {
        this.license = license;
        this.action = action;
        this.statusAfter = statusAfter;
        this.at = change.at();
        this.basis = change.basis();
        this.actor = change.actor();
        this.reason = change.reason();
        this.decisionNumber = change.decisionNumber();
        this.decisionDate = change.decisionDate();
        this.decisionBody = change.decisionBody();
    }

    /** Keeps the signed act this change was made on. */
    void attach(SignedAct act) {
        this.signedDocument = act.document();
        this.signerIin = act.signerIin();
        this.signerName = act.signerName();
        this.signerPositionRu = act.signerPositionRu();
        this.signerPositionKz = act.signerPositionKz();
        this.signerCertificate = act.certificateSerial();
    }

    /** The name of the authorized person who signed this change's act, or null. */
    public String signerName() {
        return signerName;
    }

    /** The signed act this change was made on, if it was signed (the head's status changes). */
    public java.util.Optional<SignedAct> signedAct() {
        return signedDocument == null || signerIin == null
                ? java.util.Optional.empty()
                : java.util.Optional.of(new SignedAct(
                        signedDocument, signerIin, signerName, signerPositionRu, signerPositionKz, signerCertificate));
    }

    public LicenseAction action() {
        return action;
    }

    public LicenseStatus statusAfter() {
        return statusAfter;
    }

    public Instant at() {
        return at;
    }

    public DecisionBasis basis() {
        return basis;
    }

    public String actor() {
        return actor;
    }

    public String reason() {
        return reason;
    }

    public String decisionNumber() {
        return decisionNumber;
    }

    public LocalDate decisionDate() {
        return decisionDate;
    }

    public String decisionBody() {
        return decisionBody;
    }
}

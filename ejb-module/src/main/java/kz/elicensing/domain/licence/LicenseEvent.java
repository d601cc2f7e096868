package kz.elicensing.domain.licence;

import java.time.Instant;
import java.time.LocalDate;

/** One change of a license in the registry, kept for good: the action, the status after it, who, when and why. */
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

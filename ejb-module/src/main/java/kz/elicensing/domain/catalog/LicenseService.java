package kz.elicensing.domain.catalog;

import java.math.BigDecimal;
import kz.elicensing.domain.party.ApplicantKind;
import kz.elicensing.domain.workflow.Term;

/** A catalog entry: one license service, who provides it, who may apply, its fee, term and license series. */
public class LicenseService {
    private String code;
    private String titleRu;
    private String titleKz;
    private Provider provider;
    private ApplicantKind applicantKind;
    private boolean signedByHead;
    private BigDecimal fee;
    private int deadlineWorkingDays;
    private String licenseSeries;

    protected LicenseService() {
    }

    public LicenseService(String code, String titleRu, String titleKz, Provider provider, ApplicantKind applicantKind,
                          boolean signedByHead, BigDecimal fee, int deadlineWorkingDays, String licenseSeries) {
        this.code = code;
        this.titleRu = titleRu;
        this.titleKz = titleKz;
        this.provider = provider;
        this.applicantKind = applicantKind;
        this.signedByHead = signedByHead;
        this.fee = fee;
        this.deadlineWorkingDays = deadlineWorkingDays;
        this.licenseSeries = licenseSeries;
    }

    public String code() { return code; }
    public String titleRu() { return titleRu; }
    public String titleKz() { return titleKz; }
    public Provider provider() { return provider; }
    public ApplicantKind applicantKind() { return applicantKind; }
    /** True when a legal entity's application must be signed by its head (the catalog says so per service). */
    public boolean signedByHead() { return signedByHead; }
    public BigDecimal fee() { return fee; }
    public int deadlineWorkingDays() { return deadlineWorkingDays; }
    /** The decision term: {@link #deadlineWorkingDays()} working days from registration. */
    public Term term() { return Term.workingDays(deadlineWorkingDays); }
    public String licenseSeries() { return licenseSeries; }
}

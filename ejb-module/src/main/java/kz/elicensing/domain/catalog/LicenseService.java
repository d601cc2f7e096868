package kz.elicensing.domain.catalog;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
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
    private String applicantKinds;
    private RegistryKind registry;
    private ResultKind resultKind;
    private String normRu;
    private String normKz;
    private boolean perRegion;
    private boolean enabled = true;
    private boolean portalOnly;
    private int ord;

    protected LicenseService() {}

    public LicenseService(
            String code,
            String titleRu,
            String titleKz,
            Provider provider,
            ApplicantKind applicantKind,
            boolean signedByHead,
            BigDecimal fee,
            int deadlineWorkingDays,
            String licenseSeries) {
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

    public String code() {
        return code;
    }

    public String titleRu() {
        return titleRu;
    }

    public String titleKz() {
        return titleKz;
    }

    /** True when the regulation has the service provided only through the portal (no walk-in at the office). */
    public boolean portalOnly() {
        return portalOnly;
    }

    public Provider provider() {
        return provider;
    }

    public ApplicantKind applicantKind() {
        return applicantKind;
    }
    /** True when a legal entity's application must be signed by its head (the catalog says so per service). */
    public boolean signedByHead() {
        return signedByHead;
    }

    public BigDecimal fee() {
        return fee;
    }

    public int deadlineWorkingDays() {
        return deadlineWorkingDays;
    }
    /** The decision term: {@link #deadlineWorkingDays()} working days from registration. */
    public Term term() {
        return Term.workingDays(deadlineWorkingDays);
    }

    public String licenseSeries() {
        return licenseSeries;
    }

    /** Who may apply: individuals, legal entities or both (catalog column applicant_kinds). */
    public Set<ApplicantKind> applicantKinds() {
        if (applicantKinds == null || applicantKinds.isBlank()) {
            return EnumSet.of(applicantKind);
        }
        Set<ApplicantKind> kinds = EnumSet.noneOf(ApplicantKind.class);
        Arrays.stream(applicantKinds.split(","))
                .map(String::trim)
                .filter(k -> !k.isEmpty())
                .forEach(k -> kinds.add(ApplicantKind.valueOf(k)));
        return kinds;
    }

    /** True when an applicant of this kind may apply. */
    public boolean accepts(ApplicantKind kind) {
        return applicantKinds().contains(kind);
    }

    /** Which registry confirms the applicant. */
    public RegistryKind registry() {
        return registry == null ? RegistryKind.BY_APPLICANT : registry;
    }
    /** What the positive result is: a license, or (service 8) a ministerial order. */
    public ResultKind resultKind() {
        return resultKind == null ? ResultKind.LICENSE : resultKind;
    }

    public String normRu() {
        return normRu;
    }

    public String normKz() {
        return normKz;
    }
    /** True when the provider depends on the application's region (form field "region"). */
    public boolean perRegion() {
        return perRegion;
    }

    public boolean enabled() {
        return enabled;
    }
    /** Position in the catalog's lists. */
    public int ord() {
        return ord;
    }
}

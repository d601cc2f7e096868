package kz.elicensing.application.catalog;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import kz.elicensing.application.audit.AdminArea;
import kz.elicensing.application.audit.AdminChangeLog;
import kz.elicensing.application.ops.LogSafe;
import kz.elicensing.domain.catalog.ActivitySubtype;
import kz.elicensing.domain.catalog.Catalog;
import kz.elicensing.domain.catalog.LicenseService;
import kz.elicensing.domain.catalog.Operation;
import kz.elicensing.domain.catalog.RefusalGround;
import kz.elicensing.domain.catalog.RequiredDocument;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.party.ApplicantKind;
import kz.elicensing.domain.workflow.Term;
import kz.elicensing.domain.workflow.TermUnit;

/**
 * The administrator's catalog changes: each checked here (a known service, operation, unit and applicant kind; a code of
 * capital letters, digits and '_'; a positive term, a fee not negative with at most two decimals; every text in ru and
 * kk within its column's length), made through {@link CatalogChanges}, and logged with who and when in catalog_change
 * and admin_change.
 */
@Stateless
public class DefaultCatalogAdministration implements CatalogAdministration {
    private static final Logger LOG = Logger.getLogger(DefaultCatalogAdministration.class.getName());
    /** The log's detail column holds at most this many characters. */
    static final int DETAIL_MAX = 4000;
    /** A code of a document, subtype or ground: what the tables' code columns hold and the forms name. */
    static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,60}");
    /** The longest term an operation may have (a year of calendar days). */
    static final int TERM_MAX = 366;
    /** service_operation.fee is NUMERIC(14,2). */
    static final BigDecimal FEE_MAX = new BigDecimal("999999999999.99");

    static final int NAME_MAX = 1000;
    static final int GROUND_NAME_MAX = 2000;
    static final int BASIS_MAX = 1000;

    @Inject
    CatalogChanges changes;

    @Inject
    Catalog catalog;

    @EJB
    AdminChangeLog audit;

    @Inject
    Clock clock;

    @Override
    public List<OperationRow> overview() {
        return changes.operations();
    }

    @Override
    public List<ServiceCatalog> services() {
        return catalog.services().stream().map(this::view).toList();
    }

    @Override
    public ServiceCatalog service(String serviceCode) {
        return view(known(serviceCode));
    }

    private ServiceCatalog view(LicenseService s) {
        List<ServiceCatalog.OperationEntry> operations = new ArrayList<>();
        for (Operation op : Operation.values()) {
            catalog.operation(s.code(), op)
                    .ifPresent(o -> operations.add(new ServiceCatalog.OperationEntry(
                            op.name(),
                            o.enabled(),
                            o.term().days(),
                            o.term().unit().name(),
                            o.fee(),
                            catalog.requiredDocuments(s.code(), op).stream()
                                    .map(d -> new ServiceCatalog.DocumentEntry(
                                            d.code(),
                                            d.mandatory(),
                                            d.applicantKind() == null
                                                    ? null
                                                    : d.applicantKind().name(),
                                            d.nameRu(),
                                            d.nameKz()))
                                    .toList())));
        }
        return new ServiceCatalog(
                s.code(),
                s.titleRu(),
                s.titleKz(),
                operations,
                catalog.activitySubtypes(s.code()).stream()
                        .map(t -> new ServiceCatalog.SubtypeEntry(t.code(), t.nameRu(), t.nameKz()))
                        .toList(),
                catalog.refusalGrounds(s.code()).stream()
                        .map(g -> new ServiceCatalog.GroundEntry(
                                g.code(), g.nameRu(), g.nameKz(), g.legalBasisRu(), g.legalBasisKz()))
                        .toList(),
                catalog.automaticResults(s.code()).stream()
                        .map(r ->
                                new ServiceCatalog.AutomaticEntry(r.kind().name(), r.reason(), r.nameRu(), r.nameKz()))
                        .toList());
    }

    @Override
    public void setOperation(
            String admin,
            String serviceCode,
            String operation,
            boolean enabled,
            int termValue,
            String termUnit,
            BigDecimal fee) {
        Operation op = enumOf(Operation.class, operation);
        TermUnit unit = enumOf(TermUnit.class, termUnit);
        if (termValue <= 0 || termValue > TERM_MAX) {
            throw ElicensingException.withMessage(
                    ErrorCode.SCHEMA_VIOLATION,
                    "admin.catalog.term",
                    "a term is 1.." + TERM_MAX + ", not " + termValue,
                    TERM_MAX);
        }
        if (fee == null || fee.signum() < 0 || fee.scale() > 2 || fee.compareTo(FEE_MAX) > 0) {
            throw ElicensingException.withMessage(
                    ErrorCode.SCHEMA_VIOLATION,
                    "admin.catalog.fee",
                    "a fee is not negative, in tenge with at most two decimals: " + fee);
        }
        if (!changes.setOperation(serviceCode, op, enabled, new Term(termValue, unit), fee)) {
            throw new ElicensingException(
                    ErrorCode.SERVICE_NOT_IN_CATALOG, "no operation " + operation + " of " + serviceCode, serviceCode);
        }
        log(
                admin,
                serviceCode,
                "SET_OPERATION",
                serviceCode + " " + operation + " enabled=" + enabled + " term=" + termValue + " " + termUnit + " fee="
                        + fee);
    }

    @Override
    public void putRefusalGround(
            String admin,
            String serviceCode,
            String code,
            String nameRu,
            String nameKz,
            String basisRu,
            String basisKz) {
        known(serviceCode);
        String c = code(code);
        texts(GROUND_NAME_MAX, nameRu, nameKz);
        texts(BASIS_MAX, basisRu, basisKz);
        changes.putRefusalGround(
                serviceCode, new RefusalGround(c, nameRu.strip(), nameKz.strip(), basisRu.strip(), basisKz.strip()));
        log(admin, serviceCode, "PUT_REFUSAL_GROUND", serviceCode + " " + c + ": " + nameRu.strip());
    }

    @Override
    public boolean removeRefusalGround(String admin, String serviceCode, String code) {
        boolean removed = code != null && changes.removeRefusalGround(serviceCode, code.strip());
        log(
                admin,
                removed ? serviceCode : null,
                "REMOVE_REFUSAL_GROUND",
                serviceCode + " " + code + " removed=" + removed);
        return removed;
    }

    @Override
    public void putRequiredDocument(
            String admin,
            String serviceCode,
            String operation,
            String code,
            boolean mandatory,
            String applicantKind,
            String nameRu,
            String nameKz) {
        Operation op = enumOf(Operation.class, operation);
        ApplicantKind kind =
                applicantKind == null || applicantKind.isBlank() ? null : enumOf(ApplicantKind.class, applicantKind);
        known(serviceCode);
        if (catalog.operation(serviceCode, op).isEmpty()) {
            throw new ElicensingException(
                    ErrorCode.SERVICE_NOT_IN_CATALOG, "no operation " + operation + " of " + serviceCode, serviceCode);
        }
        String c = code(code);
        texts(NAME_MAX, nameRu, nameKz);
        changes.putRequiredDocument(
                serviceCode, op, new RequiredDocument(c, nameRu.strip(), nameKz.strip(), mandatory, kind));
        log(
                admin,
                serviceCode,
                "PUT_REQUIRED_DOCUMENT",
                serviceCode + " " + operation + " " + c + " mandatory=" + mandatory + (kind == null ? "" : " " + kind)
                        + ": " + nameRu.strip());
    }

    @Override
    public boolean removeRequiredDocument(String admin, String serviceCode, String operation, String code) {
        // an operation that does not exist has no documents to remove: not found, as for an unknown code
        Operation op = knownOrNull(Operation.class, operation);
        boolean removed = op != null && code != null && changes.removeRequiredDocument(serviceCode, op, code.strip());
        log(
                admin,
                removed ? serviceCode : null,
                "REMOVE_REQUIRED_DOCUMENT",
                serviceCode + " " + operation + " " + code + " removed=" + removed);
        return removed;
    }

    @Override
    public void putActivitySubtype(String admin, String serviceCode, String code, String nameRu, String nameKz) {
        known(serviceCode);
        String c = code(code);
        texts(NAME_MAX, nameRu, nameKz);
        changes.putActivitySubtype(serviceCode, new ActivitySubtype(c, nameRu.strip(), nameKz.strip()));
        log(admin, serviceCode, "PUT_ACTIVITY_SUBTYPE", serviceCode + " " + c + ": " + nameRu.strip());
    }

    @Override
    public boolean removeActivitySubtype(String admin, String serviceCode, String code) {
        boolean removed = code != null && changes.removeActivitySubtype(serviceCode, code.strip());
        log(
                admin,
                removed ? serviceCode : null,
                "REMOVE_ACTIVITY_SUBTYPE",
                serviceCode + " " + code + " removed=" + removed);
        return removed;
    }

    /**
     * Logs a change in catalog_change (every call, as before) and, when something changed ({@code subject} not null),
     * in admin_change.
     */
    private void log(String admin, String subject, String action, String detail) {
        changes.log(
                clock.instant(),
                admin,
                action,
                detail.length() > DETAIL_MAX ? detail.substring(0, DETAIL_MAX) : detail);
        if (subject != null) {
            audit.record(admin, AdminArea.CATALOG, subject, action, detail);
        }
        LOG.info(() -> "catalog " + action + " by " + LogSafe.of(admin) + ": " + LogSafe.of(detail));
    }

    private LicenseService known(String serviceCode) {
        return catalog.service(serviceCode == null ? null : serviceCode.strip())
                .orElseThrow(() -> new ElicensingException(
                        ErrorCode.SERVICE_NOT_IN_CATALOG, "no service " + serviceCode, serviceCode));
    }

    private static String code(String code) {
        String c = code == null ? "" : code.strip();
        if (!CODE.matcher(c).matches()) {
            throw ElicensingException.withMessage(
                    ErrorCode.SCHEMA_VIOLATION, "admin.catalog.code", "a code is 1..60 of A-Z 0-9 _: " + code, code);
        }
        return c;
    }

    private static void texts(int max, String... texts) {
        for (String t : texts) {
            if (t == null || t.isBlank()) {
                throw ElicensingException.withMessage(
                        ErrorCode.SCHEMA_VIOLATION, "admin.catalog.texts", "every catalog text is given in ru and kk");
            }
            if (t.strip().length() > max) {
                throw ElicensingException.withMessage(
                        ErrorCode.SCHEMA_VIOLATION,
                        "admin.catalog.tooLong",
                        "a catalog text has at most " + max + " characters",
                        max);
            }
        }
    }

    private static <E extends Enum<E>> E knownOrNull(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw ElicensingException.withMessage(
                    ErrorCode.SCHEMA_VIOLATION,
                    "admin.catalog.choice",
                    "not a " + type.getSimpleName() + ": " + value,
                    value);
        }
    }
}

package kz.elicensing.application.catalog;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import kz.elicensing.application.ops.LogSafe;
import kz.elicensing.domain.catalog.Operation;
import kz.elicensing.domain.catalog.RefusalGround;
import kz.elicensing.domain.catalog.RequiredDocument;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.party.ApplicantKind;
import kz.elicensing.domain.workflow.Term;
import kz.elicensing.domain.workflow.TermUnit;

/**
 * The administrator's catalog changes: each checked here (known operation, unit and applicant kind; a positive term,
 * a fee not negative; every text in ru and kk), made through {@link CatalogChanges} and logged with who and when.
 */
@Stateless
public class DefaultCatalogAdministration implements CatalogAdministration {
    private static final Logger LOG = Logger.getLogger(DefaultCatalogAdministration.class.getName());
    /** The log's detail column holds at most this many characters. */
    static final int DETAIL_MAX = 4000;

    @Inject
    CatalogChanges changes;

    @Inject
    Clock clock;

    @Override
    public List<OperationRow> overview() {
        return changes.operations();
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
        if (termValue <= 0 || fee == null || fee.signum() < 0) {
            throw new ElicensingException(ErrorCode.SCHEMA_VIOLATION, "a term is positive and a fee not negative");
        }
        if (!changes.setOperation(serviceCode, op, enabled, new Term(termValue, unit), fee)) {
            throw new ElicensingException(
                    ErrorCode.SERVICE_NOT_IN_CATALOG, "no operation " + operation + " of " + serviceCode, serviceCode);
        }
        log(
                admin,
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
        required(code, nameRu, nameKz, basisRu, basisKz);
        changes.putRefusalGround(
                serviceCode,
                new RefusalGround(code.strip(), nameRu.strip(), nameKz.strip(), basisRu.strip(), basisKz.strip()));
        log(admin, "PUT_REFUSAL_GROUND", serviceCode + " " + code + ": " + nameRu);
    }

    @Override
    public boolean removeRefusalGround(String admin, String serviceCode, String code) {
        boolean removed = changes.removeRefusalGround(serviceCode, code);
        log(admin, "REMOVE_REFUSAL_GROUND", serviceCode + " " + code + " removed=" + removed);
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
        required(code, nameRu, nameKz);
        changes.putRequiredDocument(
                serviceCode, op, new RequiredDocument(code.strip(), nameRu.strip(), nameKz.strip(), mandatory, kind));
        log(admin, "PUT_REQUIRED_DOCUMENT", serviceCode + " " + operation + " " + code + " mandatory=" + mandatory);
    }

    @Override
    public boolean removeRequiredDocument(String admin, String serviceCode, String operation, String code) {
        // an operation that does not exist has no documents to remove: not found, as for an unknown code
        Operation op = known(Operation.class, operation);
        boolean removed = op != null && changes.removeRequiredDocument(serviceCode, op, code);
        log(admin, "REMOVE_REQUIRED_DOCUMENT", serviceCode + " " + operation + " " + code + " removed=" + removed);
        return removed;
    }

    private void log(String admin, String action, String detail) {
        changes.log(
                clock.instant(),
                admin,
                action,
                detail.length() > DETAIL_MAX ? detail.substring(0, DETAIL_MAX) : detail);
        LOG.info(() -> "catalog " + action + " by " + LogSafe.of(admin) + ": " + LogSafe.of(detail));
    }

    private static void required(String... texts) {
        for (String t : texts) {
            if (t == null || t.isBlank()) {
                throw new ElicensingException(ErrorCode.SCHEMA_VIOLATION, "every catalog text is given in ru and kk");
            }
        }
    }

    private static <E extends Enum<E>> E known(Class<E> type, String value) {
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
            throw new ElicensingException(ErrorCode.SCHEMA_VIOLATION, "not a " + type.getSimpleName() + ": " + value);
        }
    }
}

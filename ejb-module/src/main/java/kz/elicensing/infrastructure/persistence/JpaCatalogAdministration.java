package kz.elicensing.infrastructure.persistence;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import kz.elicensing.application.catalog.CatalogAdministration;
import kz.elicensing.domain.catalog.Operation;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.party.ApplicantKind;
import kz.elicensing.domain.workflow.TermUnit;

/** The catalog's rows changed by SQL in the admin's transaction, each change logged in catalog_change. */
@Stateless
public class JpaCatalogAdministration implements CatalogAdministration {
    private static final Logger LOG = Logger.getLogger(JpaCatalogAdministration.class.getName());

    @PersistenceContext(unitName = "elicensing")
    EntityManager em;
    @Inject
    Clock clock;

    @Override
    public List<Map<String, Object>> overview() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT o.service_code, o.operation, o.enabled, o.term_value, o.term_unit,"
                + " o.fee FROM service_operation o JOIN license_service s ON s.code = o.service_code"
                + " ORDER BY s.ord, o.service_code, o.operation").getResultList();
        return rows.stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("service", r[0]);
            m.put("operation", r[1]);
            m.put("enabled", r[2] instanceof Boolean b ? b : ((Number) r[2]).intValue() != 0);
            m.put("term", r[3]);
            m.put("unit", r[4]);
            m.put("fee", r[5]);
            return m;
        }).toList();
    }

    @Override
    public void setOperation(String admin, String serviceCode, String operation, boolean enabled, int termValue,
                             String termUnit, BigDecimal fee) {
        enumOf(Operation.class, operation);
        enumOf(TermUnit.class, termUnit);
        if (termValue <= 0 || fee == null || fee.signum() < 0) {
            throw new ElicensingException(ErrorCode.SCHEMA_VIOLATION, "a term is positive and a fee not negative");
        }
        int n = em.createNativeQuery("UPDATE service_operation SET enabled = ?1, term_value = ?2, term_unit = ?3, fee = ?4"
                        + " WHERE service_code = ?5 AND operation = ?6")
                .setParameter(1, enabled).setParameter(2, termValue).setParameter(3, termUnit).setParameter(4, fee)
                .setParameter(5, serviceCode).setParameter(6, operation).executeUpdate();
        if (n == 0) {
            throw new ElicensingException(ErrorCode.SERVICE_NOT_IN_CATALOG, "no operation " + operation + " of " + serviceCode,
                    serviceCode);
        }
        log(admin, "SET_OPERATION", serviceCode + " " + operation + " enabled=" + enabled + " term=" + termValue + " "
                + termUnit + " fee=" + fee);
    }

    @Override
    public void putRefusalGround(String admin, String serviceCode, String code, String nameRu, String nameKz,
                                 String basisRu, String basisKz) {
        required(code, nameRu, nameKz, basisRu, basisKz);
        removeQuietly("DELETE FROM refusal_ground WHERE service_code = ?1 AND code = ?2", serviceCode, code);
        Number ord = (Number) em.createNativeQuery("SELECT COALESCE(MAX(ord), 0) + 1 FROM refusal_ground WHERE service_code = ?1")
                .setParameter(1, serviceCode).getSingleResult();
        em.createNativeQuery("INSERT INTO refusal_ground (service_code, code, ord, name_ru, name_kz, legal_basis_ru,"
                        + " legal_basis_kz) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, serviceCode).setParameter(2, code.strip()).setParameter(3, ord.intValue())
                .setParameter(4, nameRu.strip()).setParameter(5, nameKz.strip()).setParameter(6, basisRu.strip())
                .setParameter(7, basisKz.strip()).executeUpdate();
        log(admin, "PUT_REFUSAL_GROUND", serviceCode + " " + code + ": " + nameRu);
    }

    @Override
    public boolean removeRefusalGround(String admin, String serviceCode, String code) {
        boolean removed = removeQuietly("DELETE FROM refusal_ground WHERE service_code = ?1 AND code = ?2", serviceCode, code);
        log(admin, "REMOVE_REFUSAL_GROUND", serviceCode + " " + code + " removed=" + removed);
        return removed;
    }

    @Override
    public void putRequiredDocument(String admin, String serviceCode, String operation, String code, boolean mandatory,
                                    String applicantKind, String nameRu, String nameKz) {
        enumOf(Operation.class, operation);
        if (applicantKind != null && !applicantKind.isBlank()) {
            enumOf(ApplicantKind.class, applicantKind);
        }
        required(code, nameRu, nameKz);
        em.createNativeQuery("DELETE FROM required_document WHERE service_code = ?1 AND operation = ?2 AND code = ?3")
                .setParameter(1, serviceCode).setParameter(2, operation).setParameter(3, code).executeUpdate();
        Number ord = (Number) em.createNativeQuery("SELECT COALESCE(MAX(ord), 0) + 1 FROM required_document"
                + " WHERE service_code = ?1 AND operation = ?2").setParameter(1, serviceCode).setParameter(2, operation)
                .getSingleResult();
        em.createNativeQuery("INSERT INTO required_document (service_code, operation, code, ord, applicant_kind, mandatory,"
                        + " name_ru, name_kz) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                .setParameter(1, serviceCode).setParameter(2, operation).setParameter(3, code.strip())
                .setParameter(4, ord.intValue())
                .setParameter(5, applicantKind == null || applicantKind.isBlank() ? null : applicantKind)
                .setParameter(6, mandatory).setParameter(7, nameRu.strip()).setParameter(8, nameKz.strip()).executeUpdate();
        log(admin, "PUT_REQUIRED_DOCUMENT", serviceCode + " " + operation + " " + code + " mandatory=" + mandatory);
    }

    @Override
    public boolean removeRequiredDocument(String admin, String serviceCode, String operation, String code) {
        int n = em.createNativeQuery("DELETE FROM required_document WHERE service_code = ?1 AND operation = ?2 AND code = ?3")
                .setParameter(1, serviceCode).setParameter(2, operation).setParameter(3, code).executeUpdate();
        log(admin, "REMOVE_REQUIRED_DOCUMENT", serviceCode + " " + operation + " " + code + " removed=" + (n > 0));
        return n > 0;
    }

    private boolean removeQuietly(String sql, String serviceCode, String code) {
        return em.createNativeQuery(sql).setParameter(1, serviceCode).setParameter(2, code).executeUpdate() > 0;
    }

    private void log(String admin, String action, String detail) {
        long id = Sequences.next(em, "catalog_change_seq");
        em.createNativeQuery("INSERT INTO catalog_change (id, changed_at, changed_by, action, detail)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, id).setParameter(2, Timestamp.from(clock.instant())).setParameter(3, admin)
                .setParameter(4, action).setParameter(5, detail.length() > 4000 ? detail.substring(0, 4000) : detail)
                .executeUpdate();
        LOG.info(() -> "catalog " + action + " by " + admin + ": " + detail);
    }

    private static void required(String... texts) {
        for (String t : texts) {
            if (t == null || t.isBlank()) {
                throw new ElicensingException(ErrorCode.SCHEMA_VIOLATION, "every catalog text is given in ru and kk");
            }
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

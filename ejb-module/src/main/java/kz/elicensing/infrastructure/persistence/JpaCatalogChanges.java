package kz.elicensing.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import kz.elicensing.application.catalog.CatalogChanges;
import kz.elicensing.application.catalog.OperationRow;
import kz.elicensing.domain.catalog.ActivitySubtype;
import kz.elicensing.domain.catalog.Operation;
import kz.elicensing.domain.catalog.RefusalGround;
import kz.elicensing.domain.catalog.RequiredDocument;
import kz.elicensing.domain.workflow.Term;

/** The catalog's rows changed by SQL in the administrator's transaction, and the catalog_change log. */
@ApplicationScoped
public class JpaCatalogChanges implements CatalogChanges {

    @PersistenceContext(unitName = "elicensing")
    EntityManager em;

    @Inject
    CatalogVersion version;

    @Override
    public List<OperationRow> operations() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT o.service_code, o.operation, o.enabled, o.term_value, o.term_unit,"
                                + " o.fee FROM service_operation o JOIN license_service s ON s.code = o.service_code"
                                + " ORDER BY s.ord, o.service_code, o.operation")
                .getResultList();
        return rows.stream()
                .map(r -> new OperationRow(
                        (String) r[0],
                        (String) r[1],
                        r[2] instanceof Boolean b ? b : ((Number) r[2]).intValue() != 0,
                        ((Number) r[3]).intValue(),
                        (String) r[4],
                        r[5] instanceof BigDecimal d ? d : new BigDecimal(r[5].toString())))
                .toList();
    }

    @Override
    public boolean setOperation(String serviceCode, Operation operation, boolean enabled, Term term, BigDecimal fee) {
        version.changed();
        return em.createNativeQuery(
                                "UPDATE service_operation SET enabled = ?1, term_value = ?2, term_unit = ?3, fee = ?4"
                                        + " WHERE service_code = ?5 AND operation = ?6")
                        .setParameter(1, enabled)
                        .setParameter(2, term.days())
                        .setParameter(3, term.unit().name())
                        .setParameter(4, fee)
                        .setParameter(5, serviceCode)
                        .setParameter(6, operation.name())
                        .executeUpdate()
                > 0;
    }

    @Override
    public void putRefusalGround(String serviceCode, RefusalGround ground) {
        version.changed();
        int updated = em.createNativeQuery("UPDATE refusal_ground SET name_ru = ?3, name_kz = ?4, legal_basis_ru = ?5,"
                        + " legal_basis_kz = ?6 WHERE service_code = ?1 AND code = ?2")
                .setParameter(1, serviceCode)
                .setParameter(2, ground.code())
                .setParameter(3, ground.nameRu())
                .setParameter(4, ground.nameKz())
                .setParameter(5, ground.legalBasisRu())
                .setParameter(6, ground.legalBasisKz())
                .executeUpdate();
        if (updated > 0) {
            return;
        }
        Number ord = (Number)
                em.createNativeQuery("SELECT COALESCE(MAX(ord), 0) + 1 FROM refusal_ground WHERE service_code = ?1")
                        .setParameter(1, serviceCode)
                        .getSingleResult();
        em.createNativeQuery("INSERT INTO refusal_ground (service_code, code, ord, name_ru, name_kz, legal_basis_ru,"
                        + " legal_basis_kz) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, serviceCode)
                .setParameter(2, ground.code())
                .setParameter(3, ord.intValue())
                .setParameter(4, ground.nameRu())
                .setParameter(5, ground.nameKz())
                .setParameter(6, ground.legalBasisRu())
                .setParameter(7, ground.legalBasisKz())
                .executeUpdate();
    }

    @Override
    public boolean removeRefusalGround(String serviceCode, String code) {
        version.changed();
        return em.createNativeQuery("DELETE FROM refusal_ground WHERE service_code = ?1 AND code = ?2")
                        .setParameter(1, serviceCode)
                        .setParameter(2, code)
                        .executeUpdate()
                > 0;
    }

    @Override
    public void putRequiredDocument(String serviceCode, Operation operation, RequiredDocument document) {
        version.changed();
        String kind = document.applicantKind() == null
                ? null
                : document.applicantKind().name();
        int updated = em.createNativeQuery("UPDATE required_document SET applicant_kind = ?4, mandatory = ?5,"
                        + " name_ru = ?6, name_kz = ?7 WHERE service_code = ?1 AND operation = ?2 AND code = ?3")
                .setParameter(1, serviceCode)
                .setParameter(2, operation.name())
                .setParameter(3, document.code())
                .setParameter(4, kind)
                .setParameter(5, document.mandatory())
                .setParameter(6, document.nameRu())
                .setParameter(7, document.nameKz())
                .executeUpdate();
        if (updated > 0) {
            return;
        }
        Number ord = (Number) em.createNativeQuery("SELECT COALESCE(MAX(ord), 0) + 1 FROM required_document"
                        + " WHERE service_code = ?1 AND operation = ?2")
                .setParameter(1, serviceCode)
                .setParameter(2, operation.name())
                .getSingleResult();
        em.createNativeQuery(
                        "INSERT INTO required_document (service_code, operation, code, ord, applicant_kind, mandatory,"
                                + " name_ru, name_kz) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                .setParameter(1, serviceCode)
                .setParameter(2, operation.name())
                .setParameter(3, document.code())
                .setParameter(4, ord.intValue())
                .setParameter(5, kind)
                .setParameter(6, document.mandatory())
                .setParameter(7, document.nameRu())
                .setParameter(8, document.nameKz())
                .executeUpdate();
    }

    @Override
    public boolean removeRequiredDocument(String serviceCode, Operation operation, String code) {
        version.changed();
        return em.createNativeQuery(
                                "DELETE FROM required_document WHERE service_code = ?1 AND operation = ?2 AND code = ?3")
                        .setParameter(1, serviceCode)
                        .setParameter(2, operation.name())
                        .setParameter(3, code)
                        .executeUpdate()
                > 0;
    }

    @Override
    public void putActivitySubtype(String serviceCode, ActivitySubtype subtype) {
        version.changed();
        int updated = em.createNativeQuery(
                        "UPDATE activity_subtype SET name_ru = ?3, name_kz = ?4 WHERE service_code = ?1 AND code = ?2")
                .setParameter(1, serviceCode)
                .setParameter(2, subtype.code())
                .setParameter(3, subtype.nameRu())
                .setParameter(4, subtype.nameKz())
                .executeUpdate();
        if (updated > 0) {
            return;
        }
        Number ord = (Number)
                em.createNativeQuery("SELECT COALESCE(MAX(ord), 0) + 1 FROM activity_subtype WHERE service_code = ?1")
                        .setParameter(1, serviceCode)
                        .getSingleResult();
        em.createNativeQuery("INSERT INTO activity_subtype (service_code, code, ord, name_ru, name_kz)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, serviceCode)
                .setParameter(2, subtype.code())
                .setParameter(3, ord.intValue())
                .setParameter(4, subtype.nameRu())
                .setParameter(5, subtype.nameKz())
                .executeUpdate();
    }

    @Override
    public boolean removeActivitySubtype(String serviceCode, String code) {
        version.changed();
        return em.createNativeQuery("DELETE FROM activity_subtype WHERE service_code = ?1 AND code = ?2")
                        .setParameter(1, serviceCode)
                        .setParameter(2, code)
                        .executeUpdate()
                > 0;
    }

    @Override
    public void log(Instant at, String admin, String action, String detail) {
        version.changed();
        long id = Sequences.next(em, "catalog_change_seq");
        em.createNativeQuery("INSERT INTO catalog_change (id, changed_at, changed_by, action, detail)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, id)
                .setParameter(2, Timestamp.from(at))
                .setParameter(3, admin)
                .setParameter(4, action)
                .setParameter(5, detail)
                .executeUpdate();
    }
}

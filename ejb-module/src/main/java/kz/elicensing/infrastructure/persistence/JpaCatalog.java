package kz.elicensing.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import kz.elicensing.domain.catalog.ActivitySubtype;
import kz.elicensing.domain.catalog.AutomaticResult;
import kz.elicensing.domain.catalog.AutomaticResultKind;
import kz.elicensing.domain.catalog.Catalog;
import kz.elicensing.domain.catalog.FormField;
import kz.elicensing.domain.catalog.LicenseService;
import kz.elicensing.domain.catalog.Operation;
import kz.elicensing.domain.catalog.Provider;
import kz.elicensing.domain.catalog.RefusalGround;
import kz.elicensing.domain.catalog.Region;
import kz.elicensing.domain.catalog.RegistryStatus;
import kz.elicensing.domain.catalog.RequiredDocument;
import kz.elicensing.domain.catalog.ServiceOperation;
import kz.elicensing.domain.party.ApplicantKind;
import kz.elicensing.domain.workflow.Procedure;
import kz.elicensing.domain.workflow.ProcedureStep;
import kz.elicensing.domain.workflow.Term;
import kz.elicensing.domain.workflow.TermUnit;

/**
 * The catalog from its tables: services and providers as entities (read in each transaction), the lists as rows kept
 * between transactions while the catalog's version stands ({@link CatalogVersion}, {@link CatalogRows}).
 */
@ApplicationScoped
public class JpaCatalog implements Catalog {

    @PersistenceContext(unitName = "elicensing")
    EntityManager em;

    @Inject
    CatalogVersion version;

    private final CatalogRows kept = new CatalogRows();

    @Override
    public Optional<LicenseService> service(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(LicenseService.class, code));
    }

    @Override
    public List<LicenseService> services() {
        return em.createQuery("SELECT s FROM LicenseService s ORDER BY s.ord, s.code", LicenseService.class)
                .getResultList();
    }

    @Override
    public Optional<ServiceOperation> operation(String serviceCode, Operation operation) {
        return rows(
                        "SELECT enabled, term_value, term_unit, fee, budget_code FROM service_operation"
                                + " WHERE service_code = ?1 AND operation = ?2",
                        serviceCode,
                        operation.name())
                .stream()
                .map(r -> new ServiceOperation(
                        serviceCode,
                        operation,
                        bool(r[0]),
                        new Term(((Number) r[1]).intValue(), TermUnit.valueOf((String) r[2])),
                        decimal(r[3]),
                        (String) r[4]))
                .findFirst();
    }

    @Override
    public List<RequiredDocument> requiredDocuments(String serviceCode, Operation operation) {
        return rows(
                        "SELECT code, name_ru, name_kz, mandatory, applicant_kind FROM required_document"
                                + " WHERE service_code = ?1 AND operation = ?2 ORDER BY ord, code",
                        serviceCode,
                        operation.name())
                .stream()
                .map(r -> new RequiredDocument(
                        (String) r[0],
                        (String) r[1],
                        (String) r[2],
                        bool(r[3]),
                        r[4] == null ? null : ApplicantKind.valueOf((String) r[4])))
                .toList();
    }

    @Override
    public List<FormField> formFields(String serviceCode) {
        return rows(
                        "SELECT name, label_ru, label_kz, required, pattern FROM form_field WHERE service_code = ?1"
                                + " ORDER BY ord, name",
                        serviceCode)
                .stream()
                .map(r -> new FormField((String) r[0], (String) r[1], (String) r[2], bool(r[3]), (String) r[4]))
                .toList();
    }

    @Override
    public List<ActivitySubtype> activitySubtypes(String serviceCode) {
        return rows(
                        "SELECT code, name_ru, name_kz FROM activity_subtype WHERE service_code = ?1 ORDER BY ord, code",
                        serviceCode)
                .stream()
                .map(r -> new ActivitySubtype((String) r[0], (String) r[1], (String) r[2]))
                .toList();
    }

    @Override
    public List<RefusalGround> refusalGrounds(String serviceCode) {
        return rows(
                        "SELECT code, name_ru, name_kz, legal_basis_ru, legal_basis_kz FROM refusal_ground"
                                + " WHERE service_code = ?1 ORDER BY ord, code",
                        serviceCode)
                .stream()
                .map(r -> new RefusalGround((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4]))
                .toList();
    }

    @Override
    public List<AutomaticResult> automaticResults(String serviceCode) {
        return rows(
                        "SELECT kind, reason, name_ru, name_kz FROM automatic_result WHERE service_code = ?1"
                                + " ORDER BY ord, kind, reason",
                        serviceCode)
                .stream()
                .map(r -> new AutomaticResult(
                        AutomaticResultKind.valueOf((String) r[0]), (String) r[1], (String) r[2], (String) r[3]))
                .toList();
    }

    @Override
    public Optional<RegistryStatus> registryStatus(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return rows("SELECT code, active, refusal_ground, name_ru, name_kz FROM registry_status WHERE code = ?1", code)
                .stream()
                .map(r -> new RegistryStatus(
                        (String) r[0], Boolean.TRUE.equals(r[1]), (String) r[2], (String) r[3], (String) r[4]))
                .findFirst();
    }

    @Override
    public Optional<Provider> provider(String serviceCode, String regionCode) {
        Optional<LicenseService> service = service(serviceCode);
        if (service.isEmpty()) {
            return Optional.empty();
        }
        if (regionCode == null || !service.get().perRegion()) {
            return Optional.of(service.get().provider());
        }
        return rows(
                        "SELECT provider_code FROM service_provider WHERE service_code = ?1 AND region_code = ?2",
                        serviceCode,
                        regionCode)
                .stream()
                .map(r -> em.find(Provider.class, r[0]))
                .filter(p -> p != null)
                .findFirst();
    }

    @Override
    public Optional<Provider> providerByCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(Provider.class, code));
    }

    @Override
    public List<Provider> providers() {
        return em.createQuery("SELECT p FROM Provider p ORDER BY p.code", Provider.class)
                .getResultList();
    }

    @Override
    public Optional<Procedure> procedure(String serviceCode) {
        List<ProcedureStep> steps = rows(
                        "SELECT ord, code, name_ru, name_kz, unit_ru, unit_kz, term_value, term_unit, refusable"
                                + " FROM service_step WHERE service_code = ?1 ORDER BY ord",
                        serviceCode)
                .stream()
                .map(r -> new ProcedureStep(
                        ((Number) r[0]).intValue(),
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        (String) r[4],
                        (String) r[5],
                        new Term(((Number) r[6]).intValue(), TermUnit.valueOf((String) r[7])),
                        bool(r[8])))
                .toList();
        return steps.size() < 2 ? Optional.empty() : Optional.of(new Procedure(steps));
    }

    @Override
    public List<Region> regions() {
        return rows("SELECT code, name_ru, name_kz FROM region ORDER BY ord, code").stream()
                .map(r -> new Region((String) r[0], (String) r[1], (String) r[2]))
                .toList();
    }

    /** A native query's rows (kept for the catalog's version); a single-column row comes back as an array too. */
    private List<Object[]> rows(String sql, Object... parameters) {
        OptionalLong at = version.current();
        if (at.isEmpty()) {
            return read(sql, parameters);
        }
        return kept.get(at.getAsLong(), sql, Arrays.asList(parameters.clone()), () -> read(sql, parameters));
    }

    private List<Object[]> read(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        @SuppressWarnings("unchecked")
        List<Object> result = query.getResultList();
        return result.stream()
                .map(r -> r instanceof Object[] a ? a : new Object[] {r})
                .toList();
    }

    private static boolean bool(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}

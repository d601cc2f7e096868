package kz.elicensing.application.catalog;

import java.math.BigDecimal;
import java.util.List;

/**
 * An administrator changes the catalog without a release; every change is checked (a typed refusal otherwise), logged
 * with who, when and what in the catalog's own history (catalog_change) and in the administrative change log
 * (admin_change, area CATALOG, subject the service's code), in the change's transaction.
 */
public interface CatalogAdministration {

    /** Services with their operations (enabled, term, unit, fee), for the admin's overview. */
    List<OperationRow> overview();

    /** Every service's whole catalog (operations and their documents, subtypes, grounds), in catalog order. */
    List<ServiceCatalog> services();

    /** One service's whole catalog; SERVICE_NOT_IN_CATALOG when there is no such service. */
    ServiceCatalog service(String serviceCode);

    /** Offers or withdraws an operation of a service and sets its term and fee. */
    void setOperation(
            String admin,
            String serviceCode,
            String operation,
            boolean enabled,
            int termValue,
            String termUnit,
            BigDecimal fee);

    /** Adds or replaces (in place) a refusal ground of a service (texts and legal basis in ru and kk). */
    void putRefusalGround(
            String admin,
            String serviceCode,
            String code,
            String nameRu,
            String nameKz,
            String basisRu,
            String basisKz);

    /** Removes a refusal ground; false when there was none. */
    boolean removeRefusalGround(String admin, String serviceCode, String code);

    /** Adds or replaces (in place) a required document of a service's operation (applicantKind null: every applicant). */
    void putRequiredDocument(
            String admin,
            String serviceCode,
            String operation,
            String code,
            boolean mandatory,
            String applicantKind,
            String nameRu,
            String nameKz);

    /** Removes a required document; false when there was none. */
    boolean removeRequiredDocument(String admin, String serviceCode, String operation, String code);

    /** Adds or replaces (in place) an activity subtype of a service (texts in ru and kk). */
    void putActivitySubtype(String admin, String serviceCode, String code, String nameRu, String nameKz);

    /** Removes an activity subtype; false when there was none. */
    boolean removeActivitySubtype(String admin, String serviceCode, String code);
}

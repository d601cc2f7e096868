package kz.elicensing.application.catalog;

import java.math.BigDecimal;
import java.util.List;

/** An administrator changes the catalog without a release; every change is logged with who, when and what. */
public interface CatalogAdministration {

    /** Services with their operations (enabled, term, unit, fee), for the admin's overview. */
    List<OperationRow> overview();

    /** Offers or withdraws an operation of a service and sets its term and fee. */
    void setOperation(
            String admin,
            String serviceCode,
            String operation,
            boolean enabled,
            int termValue,
            String termUnit,
            BigDecimal fee);

    /** Adds or replaces a refusal ground of a service (texts and legal basis in ru and kk). */
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

    /** Adds or replaces a required document of a service's operation (applicantKind null: every applicant). */
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
}

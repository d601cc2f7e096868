package kz.elicensing.application.catalog;

import java.math.BigDecimal;
import java.util.List;

/**
 * One service's catalog as the administrator sees and edits it (view, no entity): its operations with term, unit, fee
 * and required documents, its activity subtypes and its refusal grounds, in the catalog's order.
 */
public record ServiceCatalog(
        String service,
        String nameRu,
        String nameKz,
        List<OperationEntry> operations,
        List<SubtypeEntry> subtypes,
        List<GroundEntry> grounds) {

    public ServiceCatalog {
        operations = List.copyOf(operations);
        subtypes = List.copyOf(subtypes);
        grounds = List.copyOf(grounds);
    }

    /** An operation of the service: offered or not, its term (value and unit), its fee, the documents it requires. */
    public record OperationEntry(
            String operation, boolean enabled, int term, String unit, BigDecimal fee, List<DocumentEntry> documents) {
        public OperationEntry {
            documents = List.copyOf(documents);
        }
    }

    /** A required document: its code, mandatory or not, the applicant kind it applies to (null: every one), texts. */
    public record DocumentEntry(String code, boolean mandatory, String applicantKind, String nameRu, String nameKz) {}

    /** An activity subtype a license of the service may cover. */
    public record SubtypeEntry(String code, String nameRu, String nameKz) {}

    /** A refusal ground with its legal basis, in Russian and Kazakh. */
    public record GroundEntry(String code, String nameRu, String nameKz, String basisRu, String basisKz) {}
}

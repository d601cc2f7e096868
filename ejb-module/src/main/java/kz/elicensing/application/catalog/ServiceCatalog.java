package kz.elicensing.application.catalog;

import java.math.BigDecimal;
import java.util.List;

/**
 * One service's catalog as the administrator sees and edits it (view, no entity): its operations with term, unit, fee
 * and required documents, its activity subtypes, its refusal grounds and its automatic results, in the catalog's order.
 */
public record ServiceCatalog(
        String service,
        String nameRu,
        String nameKz,
        List<OperationEntry> operations,
        List<SubtypeEntry> subtypes,
        List<GroundEntry> grounds,
        List<AutomaticEntry> automaticResults) {

    public ServiceCatalog {
        operations = List.copyOf(operations);
        subtypes = List.copyOf(subtypes);
        grounds = List.copyOf(grounds);
        automaticResults = List.copyOf(automaticResults);
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

    /**
     * A result the service gives without an officer, sealed with the provider's system seal (issue 15 item 3): its kind
     * ({@code AUTOMATIC_REFUSAL}) and the typed reason it is given on, named in Russian and Kazakh.
     */
    public record AutomaticEntry(String kind, String reason, String nameRu, String nameKz) {}
}

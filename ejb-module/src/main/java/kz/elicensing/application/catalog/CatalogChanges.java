package kz.elicensing.application.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import kz.elicensing.domain.catalog.ActivitySubtype;
import kz.elicensing.domain.catalog.Operation;
import kz.elicensing.domain.catalog.RefusalGround;
import kz.elicensing.domain.catalog.RequiredDocument;
import kz.elicensing.domain.workflow.Term;

/**
 * Port: the catalog's rows as the administrator changes them, and the change log (catalog_change). It stores what
 * {@link DefaultCatalogAdministration} has already checked; it decides nothing.
 */
public interface CatalogChanges {

    /** Every service's operations, in the catalog's order. */
    List<OperationRow> operations();

    /** Sets an existing operation's offer, term and fee; false when the service has no such operation. */
    boolean setOperation(String serviceCode, Operation operation, boolean enabled, Term term, BigDecimal fee);

    /** Adds the ground, or replaces the one with its code in place (a new one goes last). */
    void putRefusalGround(String serviceCode, RefusalGround ground);

    /** Removes a ground; false when there was none. */
    boolean removeRefusalGround(String serviceCode, String code);

    /** Adds the document to the service's operation, or replaces the one with its code in place (a new one last). */
    void putRequiredDocument(String serviceCode, Operation operation, RequiredDocument document);

    /** Removes a document; false when there was none. */
    boolean removeRequiredDocument(String serviceCode, Operation operation, String code);

    /** Adds the subtype, or replaces the one with its code in place (a new one goes last). */
    void putActivitySubtype(String serviceCode, ActivitySubtype subtype);

    /** Removes a subtype; false when there was none. */
    boolean removeActivitySubtype(String serviceCode, String code);

    /** Logs one change: when, by whom, what (action) and its detail. */
    void log(Instant at, String admin, String action, String detail);
}

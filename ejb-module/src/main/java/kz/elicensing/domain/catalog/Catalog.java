package kz.elicensing.domain.catalog;

import java.util.List;
import java.util.Optional;
import kz.elicensing.domain.workflow.Procedure;

/** Port to the service catalog (data, not code): services, providers, operations and the lists applications meet. */
public interface Catalog {

    Optional<LicenseService> service(String code);

    /** Every service, in catalog order (disabled ones included: callers decide). */
    List<LicenseService> services();

    /** One operation of a service: offered or not, its term from registration, its fee. */
    Optional<ServiceOperation> operation(String serviceCode, Operation operation);

    /** The documents an application of this service and operation carries, in order. */
    List<RequiredDocument> requiredDocuments(String serviceCode, Operation operation);

    /** The request form's fields of a service, in order. */
    List<FormField> formFields(String serviceCode);

    /** The activity subtypes a service's license may cover, in order. */
    List<ActivitySubtype> activitySubtypes(String serviceCode);

    /** The grounds a service may be refused on, in order. */
    List<RefusalGround> refusalGrounds(String serviceCode);

    /**
     * The results the service may give without an officer (issue 15 item 3), in order; empty when every result of the
     * service is an officer's decision.
     */
    List<AutomaticResult> automaticResults(String serviceCode);

    /** The catalog's entry for a registration status GBD UL answers (empty: a status the catalog does not know). */
    Optional<RegistryStatus> registryStatus(String code);

    /**
     * The provider of a service in a region: the region's own one for a per-region service, otherwise (or when the
     * region is null) the service's default provider; empty when the service or a named region's provider is unknown.
     */
    Optional<Provider> provider(String serviceCode, String regionCode);

    /** The provider with this code. */
    Optional<Provider> providerByCode(String code);

    /** Every provider. */
    List<Provider> providers();

    /** The service's own procedure (its steps), if it has one (service 8); most services have none. */
    Optional<Procedure> procedure(String serviceCode);

    /** Every region, in order. */
    List<Region> regions();
}

package kz.elicensing.domain.catalog;

/** What a service's positive result is (catalog column license_service.result_kind). */
public enum ResultKind {
    /** A signed electronic license, entered into the license registry. */
    LICENSE,
    /** A signed ministerial order (service 8), delivered to the applicant's cabinet; nothing enters the registry. */
    ORDER
}

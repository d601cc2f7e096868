package kz.elicensing.domain.catalog;

import java.util.Optional;

/** Port to the service catalog (data, not code). */
public interface Catalog {

    Optional<LicenseService> service(String code);
}

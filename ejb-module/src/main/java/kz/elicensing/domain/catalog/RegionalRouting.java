package kz.elicensing.domain.catalog;

import java.util.Optional;
import java.util.function.Function;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;

/**
 * Which provider an application goes to: a per-region service (service 1, Reg. 000 §1: the police department of each
 * region and of the cities of Astana, Almaty and Shymkent) to the provider the catalog maps the application's region to
 * (service_provider); any other service to its one provider, whatever region is named.
 */
public final class RegionalRouting {

    private RegionalRouting() {}

    /**
     * The provider of {@code service} for {@code regionCode}; a per-region service without a region is
     * {@link ErrorCode#REGION_REQUIRED}, with a region the catalog has no provider of it for
     * {@link ErrorCode#REGION_NOT_SERVED}.
     *
     * @param regionalProvider the catalog's provider of this service in a region, if any
     */
    public static Provider provider(
            LicenseService service, String regionCode, Function<String, Optional<Provider>> regionalProvider) {
        if (!service.perRegion()) {
            return service.provider();
        }
        if (regionCode == null || regionCode.isBlank()) {
            throw new ElicensingException(
                    ErrorCode.REGION_REQUIRED, service.code() + " is provided per region: field region is required");
        }
        String region = regionCode.strip();
        return regionalProvider
                .apply(region)
                .orElseThrow(() -> new ElicensingException(
                        ErrorCode.REGION_NOT_SERVED,
                        "the catalog has no provider of " + service.code() + " in region " + region,
                        region));
    }
}

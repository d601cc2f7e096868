package kz.elicensing.application.registry;

import java.util.Locale;

/**
 * What an officer searches the registry for: any of the license number (whole or its beginning), the holder's IIN/BIN
 * (whole or its beginning), part of the holder's name, the service, the status, the region (of the licensor) and the
 * licensor itself. Blank means "any"; values are trimmed and numbers upper-cased.
 */
public record LicenseFilter(
        String number,
        String holderId,
        String name,
        String serviceCode,
        String status,
        String regionCode,
        String providerCode) {

    public LicenseFilter {
        number = upper(number);
        holderId = clean(holderId);
        name = clean(name);
        serviceCode = clean(serviceCode);
        status = upper(status);
        regionCode = clean(regionCode);
        providerCode = clean(providerCode);
    }

    /** No filter: every license. */
    public static LicenseFilter any() {
        return new LicenseFilter(null, null, null, null, null, null, null);
    }

    /** The same filter limited to one licensor's licenses. */
    public LicenseFilter ofProvider(String provider) {
        return new LicenseFilter(number, holderId, name, serviceCode, status, regionCode, provider);
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String upper(String s) {
        String c = clean(s);
        return c == null ? null : c.toUpperCase(Locale.ROOT);
    }
}

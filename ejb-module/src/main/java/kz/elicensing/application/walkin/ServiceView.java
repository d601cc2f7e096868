package kz.elicensing.application.walkin;

import kz.elicensing.domain.catalog.LicenseService;

/** A catalog service an officer may register a walk-in application for: its code and title in ru and kk. */
public record ServiceView(String code, String titleRu, String titleKz) {

    static ServiceView of(LicenseService s) {
        return new ServiceView(s.code(), s.titleRu(), s.titleKz());
    }
}

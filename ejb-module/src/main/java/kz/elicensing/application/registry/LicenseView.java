package kz.elicensing.application.registry;

import java.time.Instant;
import java.util.List;
import kz.elicensing.domain.catalog.LicenseService;
import kz.elicensing.domain.catalog.Provider;
import kz.elicensing.domain.licence.License;
import kz.elicensing.domain.licence.LicenseDuplicate;
import kz.elicensing.domain.licence.LicenseEvent;
import kz.elicensing.domain.licence.LicenseObject;

/** A license's registry entry as ELICENSE_VerifyLicense and the registry page show it: state, lineage and history. */
public record LicenseView(License license, LicenseService service, Provider licensor, List<String> reissueOf) {

    public List<LicenseObject> currentObjects() {
        return license.objects().stream().filter(LicenseObject::current).toList();
    }

    public List<Instant> duplicatesIssuedAt() {
        return license.duplicates().stream().map(LicenseDuplicate::issuedAt).toList();
    }

    public List<LicenseEvent> history() {
        return license.history();
    }
}

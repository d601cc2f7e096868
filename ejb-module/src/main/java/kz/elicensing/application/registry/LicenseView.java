package kz.elicensing.application.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kz.elicensing.domain.catalog.LicenseService;
import kz.elicensing.domain.catalog.Provider;
import kz.elicensing.domain.licence.License;
import kz.elicensing.domain.licence.LicenseAction;
import kz.elicensing.domain.licence.LicenseDuplicate;
import kz.elicensing.domain.licence.LicenseEvent;
import kz.elicensing.domain.licence.LicenseObject;

/**
 * A license's registry entry as ELICENSE_VerifyLicense and the registry page show it: state, lineage and history, as
 * plain values (enums by name). {@code status} is the LicenseStatus name, {@code statusKey} its text's message key,
 * {@code allowedChanges} the officer's lifecycle actions (SUSPEND, RESUME, TERMINATE) its status allows.
 *
 * @param license transitional only, for the ShEP mapping written against the former shape; it goes when that mapping
 *                reads the fields above (the web never touches it)
 */
public record LicenseView(
        String number,
        String status,
        String statusKey,
        List<String> allowedChanges,
        Service service,
        Party licensor,
        String holderId,
        String holderName,
        Instant issuedAt,
        List<String> activitySubtypes,
        List<LicensedObject> objects,
        List<String> reissueOf,
        String reissuedAs,
        List<Instant> duplicatesIssuedAt,
        List<Event> events) {

    /** The licensed service: its code and title in ru and kk. */
    public record Service(String code, String titleRu, String titleKz) {}

    /** A party of the license (the licensor): BIN and names in ru and kk. */
    public record Party(String bin, String nameRu, String nameKz) {}

    /** A current branch or object of the licensee ({@code id} is null until the store has given it one). */
    public record LicensedObject(Long id, String address, String description, Instant addedAt) {}

    /**
     * One change in the registry: action, status after it, when, on what basis, by whom, why, the decision if any, and
     * who signed its act (the authorized person's name; null when the change has no signed act).
     */
    public record Event(
            String action,
            String statusAfter,
            Instant at,
            String basis,
            String actor,
            String reason,
            String decisionNumber,
            LocalDate decisionDate,
            String decisionBody,
            String signedBy) {}

    /** The view of a license, its service, its licensor and the numbers it reissues (nearest first). */
    static LicenseView of(License l, LicenseService service, Provider licensor, List<String> reissueOf) {
        return new LicenseView(
                l.number(),
                l.status().name(),
                l.status().messageKey(),
                List.of(LicenseAction.SUSPEND, LicenseAction.RESUME, LicenseAction.TERMINATE).stream()
                        .filter(l.status().allowed()::contains)
                        .map(Enum::name)
                        .toList(),
                new Service(service.code(), service.titleRu(), service.titleKz()),
                new Party(licensor.bin(), licensor.nameRu(), licensor.nameKz()),
                l.holderId(),
                l.holderName(),
                l.issuedAt(),
                List.copyOf(l.activitySubtypes()),
                l.objects().stream()
                        .filter(LicenseObject::current)
                        .map(o -> new LicensedObject(o.id(), o.address(), o.description(), o.addedAt()))
                        .toList(),
                List.copyOf(reissueOf),
                l.successorNumber(),
                l.duplicates().stream().map(LicenseDuplicate::issuedAt).toList(),
                l.history().stream().map(LicenseView::event).toList());
    }

    private static Event event(LicenseEvent e) {
        return new Event(
                name(e.action()),
                name(e.statusAfter()),
                e.at(),
                name(e.basis()),
                e.actor(),
                e.reason(),
                e.decisionNumber(),
                e.decisionDate(),
                e.decisionBody(),
                e.signerName());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}

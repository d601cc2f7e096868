package kz.elicensing.application.registry;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import kz.elicensing.application.sender.SenderScope;
import kz.elicensing.domain.catalog.Catalog;
import kz.elicensing.domain.catalog.LicenseService;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.licence.DecisionBasis;
import kz.elicensing.domain.licence.License;
import kz.elicensing.domain.licence.LicenseAction;
import kz.elicensing.domain.licence.LicenseChange;
import kz.elicensing.domain.licence.LicenseNumber;
import kz.elicensing.domain.licence.LicenseRepository;
import kz.elicensing.domain.officer.Officer;
import kz.elicensing.domain.officer.OfficerDirectory;

/** Reads a license's registry entry with its lineage, and carries out lifecycle changes with their reasons. */
@Stateless
public class DefaultLicenseRegistry implements LicenseRegistry {
    private static final Logger LOG = Logger.getLogger(DefaultLicenseRegistry.class.getName());
    private static final String HEAD = "head";

    @Inject
    LicenseRepository licenses;

    @Inject
    Catalog catalog;

    @Inject
    OfficerDirectory officers;

    @Inject
    Clock clock;

    @Override
    public LicenseView verify(String licenseNumber) {
        return view(load(licenseNumber));
    }

    @Override
    public LicenseView changeByOfficer(String licenseNumber, String officer, OfficerChange request) {
        LicenseAction action = enumOf(LicenseAction.class, request.action());
        LicenseChange change;
        try {
            change = new LicenseChange(
                    clock.instant(),
                    enumOf(DecisionBasis.class, request.basis()),
                    officer,
                    request.reason(),
                    blankToNull(request.decisionNumber()),
                    request.decisionDate(),
                    blankToNull(request.decisionBody()));
        } catch (IllegalArgumentException e) {
            throw new ElicensingException(ErrorCode.SCHEMA_VIOLATION, "registry change: " + e.getMessage());
        }
        return switch (action) {
            case SUSPEND, RESUME, TERMINATE -> {
                License license = load(licenseNumber);
                authorized(license, officer, change);
                license.change(action, change.at(clock.instant()));
                LOG.info(() -> licenseNumber + " " + action + " by officer " + officer);
                yield view(license);
            }
            case ADD_OBJECT -> addObject(licenseNumber, request.address(), null, officer, change);
            case REMOVE_OBJECT -> {
                if (request.objectId() == null) {
                    throw new ElicensingException(ErrorCode.SCHEMA_VIOLATION, "which object to remove");
                }
                yield removeObject(licenseNumber, request.objectId(), officer, change);
            }
            default -> throw new ElicensingException(ErrorCode.SCHEMA_VIOLATION, action + " is not a registry change");
        };
    }

    @Override
    public LicenseView changeByDecision(
            String licenseNumber, LicenseAction action, LicenseChange change, SenderScope sender) {
        decision(change);
        License license = load(licenseNumber);
        mayDecide(license, sender);
        license.change(action, change.at(clock.instant()));
        LOG.info(() -> licenseNumber + " " + action + " on " + change.basis() + " decision " + change.decisionNumber()
                + " sent by " + sender.senderId());
        return view(license);
    }

    @Override
    public LicenseView addObjectByDecision(
            String licenseNumber, String address, String description, LicenseChange change, SenderScope sender) {
        decision(change);
        License license = load(licenseNumber);
        mayDecide(license, sender);
        license.addObject(address, description, change.at(clock.instant()));
        return view(license);
    }

    @Override
    public LicenseView removeObjectByDecision(
            String licenseNumber, long objectId, LicenseChange change, SenderScope sender) {
        decision(change);
        License license = load(licenseNumber);
        mayDecide(license, sender);
        license.removeObject(objectId, change.at(clock.instant()));
        return view(license);
    }

    @Override
    public LicenseView addObject(
            String licenseNumber, String address, String description, String officer, LicenseChange change) {
        License license = load(licenseNumber);
        authorized(license, officer, change);
        license.addObject(address, description, change.at(clock.instant()));
        return view(license);
    }

    @Override
    public LicenseView removeObject(String licenseNumber, long objectId, String officer, LicenseChange change) {
        License license = load(licenseNumber);
        authorized(license, officer, change);
        license.removeObject(objectId, change.at(clock.instant()));
        return view(license);
    }

    private static void decision(LicenseChange change) {
        if (change.basis() != DecisionBasis.COURT && change.basis() != DecisionBasis.AUTHORITY) {
            throw new ElicensingException(ErrorCode.SCHEMA_VIOLATION, "a decision's basis is COURT or AUTHORITY");
        }
    }

    /** A decision by message comes from a system bound to the licensor, or from a court's or authority's system. */
    private static void mayDecide(License license, SenderScope sender) {
        if (sender == null || !sender.mayChangeLicenseOf(license.providerCode())) {
            throw new ElicensingException(
                    ErrorCode.OPERATION_NOT_ALLOWED,
                    "sender " + (sender == null ? null : sender.senderId()) + " is neither bound to "
                            + license.providerCode() + ", the licensor of " + license.number()
                            + ", nor a court's or authority's system");
        }
    }

    /** The head of the license's own provider acts for it, in their own name, on the officer basis. */
    private void authorized(License license, String officer, LicenseChange change) {
        if (officer == null) {
            throw new ElicensingException(ErrorCode.OFFICER_NOT_ALLOWED, "an officer's change names the officer");
        }
        Officer me = officers.officer(officer)
                .orElseThrow(
                        () -> new ElicensingException(ErrorCode.OFFICER_NOT_ALLOWED, officer + " is not an officer"));
        if (!me.providerCode().equals(license.providerCode()) || !HEAD.equals(me.role())) {
            throw new ElicensingException(
                    ErrorCode.OFFICER_NOT_ALLOWED,
                    officer + " is not the head of " + license.providerCode() + ", the licensor of "
                            + license.number());
        }
        if (change.basis() == DecisionBasis.SYSTEM || !officer.equals(change.actor())) {
            throw new IllegalArgumentException("an officer's change is made in their own name");
        }
    }

    private License load(String number) {
        String n = number == null ? "" : number.strip();
        if (!LicenseNumber.isValid(n)) {
            throw new ElicensingException(ErrorCode.LICENSE_NOT_FOUND, "not a license number: " + n, n);
        }
        return licenses.byNumber(n)
                .orElseThrow(() -> new ElicensingException(ErrorCode.LICENSE_NOT_FOUND, "no license " + n, n));
    }

    private LicenseView view(License license) {
        LicenseService service = catalog.service(license.serviceCode()).orElseThrow();
        List<String> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Optional<License> base = Optional.ofNullable(license.baseNumber()).flatMap(licenses::byNumber);
        while (base.isPresent() && seen.add(base.get().number())) {
            chain.add(base.get().number());
            base = Optional.ofNullable(base.get().baseNumber()).flatMap(licenses::byNumber);
        }
        return LicenseView.of(
                license, service, catalog.providerByCode(license.providerCode()).orElse(service.provider()), chain);
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw new ElicensingException(ErrorCode.SCHEMA_VIOLATION, "not a " + type.getSimpleName() + ": " + value);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

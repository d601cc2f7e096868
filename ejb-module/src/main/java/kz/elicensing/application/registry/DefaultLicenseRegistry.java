package kz.elicensing.application.registry;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import kz.elicensing.application.decision.IssuedResult;
import kz.elicensing.application.decision.PendingResult;
import kz.elicensing.application.decision.PendingResults;
import kz.elicensing.application.decision.PreparedResult;
import kz.elicensing.application.decision.ResultKindToSign;
import kz.elicensing.application.decision.ResultSignatures;
import kz.elicensing.application.decision.SignedResult;
import kz.elicensing.application.sender.SenderScope;
import kz.elicensing.domain.catalog.AuthorizedPerson;
import kz.elicensing.domain.catalog.Catalog;
import kz.elicensing.domain.catalog.LicenseService;
import kz.elicensing.domain.catalog.Provider;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.licence.DecisionBasis;
import kz.elicensing.domain.licence.License;
import kz.elicensing.domain.licence.LicenseActDocuments;
import kz.elicensing.domain.licence.LicenseAction;
import kz.elicensing.domain.licence.LicenseChange;
import kz.elicensing.domain.licence.LicenseNumber;
import kz.elicensing.domain.licence.LicenseRepository;
import kz.elicensing.domain.licence.SignedAct;
import kz.elicensing.domain.officer.Officer;
import kz.elicensing.domain.officer.OfficerDirectory;

/**
 * Reads a license's registry entry with its lineage, and carries out lifecycle changes with their reasons: the head's
 * status changes as acts prepared, signed by the licensor's authorized person and applied once the signature passes.
 */
@Stateless
public class DefaultLicenseRegistry implements LicenseRegistry {
    private static final Logger LOG = Logger.getLogger(DefaultLicenseRegistry.class.getName());
    private static final String HEAD = "head";
    private static final Set<LicenseAction> SIGNED_ACTS =
            EnumSet.of(LicenseAction.SUSPEND, LicenseAction.RESUME, LicenseAction.TERMINATE);
    private static final String ACTION = "action";
    private static final String BASIS = "basis";
    private static final String REASON = "reason";
    private static final String REASON_KZ = "reasonKz";
    private static final String DECISION_NUMBER = "decisionNumber";
    private static final String DECISION_DATE = "decisionDate";
    private static final String DECISION_BODY = "decisionBody";

    @Inject
    LicenseRepository licenses;

    @Inject
    Catalog catalog;

    @Inject
    OfficerDirectory officers;

    @Inject
    Clock clock;

    @Inject
    PendingResults pending;

    @Inject
    ResultSignatures signatures;

    @Inject
    LicenseActDocuments acts;

    @Override
    public LicenseView verify(String licenseNumber) {
        return view(load(licenseNumber));
    }

    @Override
    public LicenseView changeByOfficer(String licenseNumber, String officer, OfficerChange request) {
        LicenseAction action = enumOf(LicenseAction.class, request.action());
        if (SIGNED_ACTS.contains(action)) {
            throw new ElicensingException(
                    ErrorCode.OPERATION_NOT_ALLOWED,
                    action + " of " + licenseNumber + " is a signed act: prepare it for the authorized person");
        }
        LicenseChange change = change(request, officer, clock.instant());
        return switch (action) {
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
    public PreparedResult prepareByOfficer(String licenseNumber, String officer, OfficerChange request) {
        LicenseAction action = enumOf(LicenseAction.class, request.action());
        if (!SIGNED_ACTS.contains(action)) {
            throw new ElicensingException(ErrorCode.SCHEMA_VIOLATION, action + " is not a signed registry act");
        }
        // kept to the millisecond, as the store keeps it
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        LicenseChange change = change(request, officer, now);
        License license = load(licenseNumber);
        authorized(license, officer, change);
        license.checkChange(action, change);
        Map<String, String> parameters = parameters(action, change, blankToNull(request.reasonKz()));
        Optional<PendingResult> existing = pending.bySubject(license.number());
        if (existing.isPresent()) {
            PendingResult p = existing.get();
            if (p.kind() == ResultKindToSign.LICENSE_ACT
                    && p.openAt(now)
                    && p.parameters().equals(parameters)) {
                return PreparedResult.of(p, licensor(license).bin());
            }
            // another act (or an expired one) replaces it: its token is no longer accepted
            pending.remove(p.token());
        }
        Provider licensor = licensor(license);
        PendingResult p = new PendingResult(
                UUID.randomUUID().toString(),
                license.number(),
                ResultKindToSign.LICENSE_ACT,
                license.providerCode(),
                acts.act(license, action, change, parameters.get(REASON_KZ), licensor),
                parameters,
                officer,
                now,
                now.plus(PendingResult.SIGNING_TIME));
        pending.add(p);
        LOG.info(() -> license.number() + " " + action + " prepared by " + officer + " for signing");
        return PreparedResult.of(p, licensor.bin());
    }

    @Override
    public Optional<PreparedResult> pendingAct(String licenseNumber, String officer) {
        License license = load(licenseNumber);
        if (!ofLicensor(license, officer)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return pending.bySubject(license.number())
                .filter(p -> p.kind() == ResultKindToSign.LICENSE_ACT && p.openAt(now))
                .map(p -> PreparedResult.of(p, licensor(license).bin()));
    }

    @Override
    public IssuedResult signByOfficer(String token, byte[] signedXml, String officer) {
        Instant now = clock.instant();
        PendingResult prepared = (token == null ? Optional.<PendingResult>empty() : pending.byToken(token.strip()))
                .filter(p -> p.kind() == ResultKindToSign.LICENSE_ACT && p.openAt(now))
                .orElseThrow(() -> new ElicensingException(
                        ErrorCode.RESULT_PREPARATION_UNKNOWN, "no prepared license act " + token + " open now"));
        License license = load(prepared.subject());
        if (!ofLicensor(license, officer)) {
            throw new ElicensingException(
                    ErrorCode.OFFICER_NOT_ALLOWED, officer + " is no officer of the licensor of " + license.number());
        }
        LicenseAction action = LicenseAction.valueOf(prepared.parameter(ACTION));
        String decisionDate = prepared.parameter(DECISION_DATE);
        LicenseChange change = new LicenseChange(
                now,
                DecisionBasis.valueOf(prepared.parameter(BASIS)),
                prepared.officer(),
                prepared.parameter(REASON),
                prepared.parameter(DECISION_NUMBER),
                decisionDate == null ? null : LocalDate.parse(decisionDate),
                prepared.parameter(DECISION_BODY));
        // the act stays the preparing head's, who must still be the head; the license may have changed since
        authorized(license, prepared.officer(), change);
        license.checkChange(action, change);
        SignedResult signer =
                signatures.verify(signedXml, prepared, licensor(license).bin(), now);
        AuthorizedPerson person = signer.person();
        license.change(
                action,
                change,
                new SignedAct(
                        signedXml,
                        person.iin(),
                        person.fullName(),
                        person.positionRu(),
                        person.positionKz(),
                        signer.certificateSerial()));
        pending.remove(prepared.token());
        LOG.info(() -> license.number() + " " + action + " by officer " + prepared.officer() + ", signed by IIN "
                + person.iin() + " (certificate " + signer.certificateSerial() + "), submitted by " + officer);
        return new IssuedResult(
                license.number(),
                ResultKindToSign.LICENSE_ACT.name(),
                license.status().name(),
                license.number(),
                person.fullName(),
                person.iin());
    }

    /** The change an officer asks for, in their own name, at {@code at} (OFFICER when no basis is given). */
    private static LicenseChange change(OfficerChange request, String officer, Instant at) {
        try {
            return new LicenseChange(
                    at,
                    request.basis() == null || request.basis().isBlank()
                            ? DecisionBasis.OFFICER
                            : enumOf(DecisionBasis.class, request.basis()),
                    officer,
                    request.reason(),
                    blankToNull(request.decisionNumber()),
                    request.decisionDate(),
                    blankToNull(request.decisionBody()));
        } catch (IllegalArgumentException e) {
            throw new ElicensingException(ErrorCode.SCHEMA_VIOLATION, "registry change: " + e.getMessage());
        }
    }

    /** What a prepared act is applied with, as the pending result keeps it (no empty values). */
    private static Map<String, String> parameters(LicenseAction action, LicenseChange change, String reasonKz) {
        Map<String, String> out = new HashMap<>();
        out.put(ACTION, action.name());
        out.put(BASIS, change.basis().name());
        putIfSet(out, REASON, change.reason());
        putIfSet(out, REASON_KZ, reasonKz);
        putIfSet(out, DECISION_NUMBER, change.decisionNumber());
        putIfSet(
                out,
                DECISION_DATE,
                change.decisionDate() == null ? null : change.decisionDate().toString());
        putIfSet(out, DECISION_BODY, change.decisionBody());
        return out;
    }

    private static void putIfSet(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    /** Whether {@code officer} is an officer (any role) of the license's licensor. */
    private boolean ofLicensor(License license, String officer) {
        return officer != null
                && officers.officer(officer)
                        .map(o -> o.providerCode().equals(license.providerCode()))
                        .orElse(false);
    }

    private Provider licensor(License license) {
        LicenseService service = catalog.service(license.serviceCode()).orElseThrow();
        return catalog.providerByCode(license.providerCode()).orElse(service.provider());
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

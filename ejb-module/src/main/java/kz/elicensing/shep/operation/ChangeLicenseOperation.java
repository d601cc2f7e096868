package kz.elicensing.shep.operation;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import kz.elicensing.application.registry.LicenseRegistry;
import kz.elicensing.application.registry.LicenseView;
import kz.elicensing.application.sender.SenderDirectory;
import kz.elicensing.application.sender.SenderScope;
import kz.elicensing.contract.v1.ChangeLicenseRequest;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.licence.DecisionBasis;
import kz.elicensing.domain.licence.LicenseAction;
import kz.elicensing.domain.licence.LicenseChange;
import kz.elicensing.shep.InboundMessage;
import kz.elicensing.shep.OperationAnswer;
import kz.elicensing.shep.ServiceId;
import kz.elicensing.shep.ShepOperation;

/**
 * ELICENSE_ChangeLicense: a court's or authority's decision on a license, made in the name of the sending system, which
 * must be bound to the licensor or be a court's or authority's system (kind AUTHORITY).
 */
@ApplicationScoped
public class ChangeLicenseOperation implements ShepOperation {

    @EJB
    LicenseRegistry registry;

    @Inject
    Clock clock;

    @Inject
    SenderDirectory senders;

    @Override
    public ServiceId serviceId() {
        return ServiceId.CHANGE_LICENSE;
    }

    @Override
    public OperationAnswer handle(InboundMessage message, Locale locale) {
        ChangeLicenseRequest r = Payloads.read(message.payload(), ChangeLicenseRequest.class);
        DecisionBasis basis;
        LicenseAction action;
        try {
            basis = DecisionBasis.valueOf(r.getBasis().strip());
            action = LicenseAction.valueOf(r.getAction().strip());
        } catch (IllegalArgumentException e) {
            throw new ElicensingException(
                    ErrorCode.SCHEMA_VIOLATION, "unknown action or basis: " + r.getAction() + " " + r.getBasis());
        }
        LocalDate decisionDate = r.getDecisionDate() == null
                ? null
                : LocalDate.of(
                        r.getDecisionDate().getYear(),
                        r.getDecisionDate().getMonth(),
                        r.getDecisionDate().getDay());
        LicenseChange change = new LicenseChange(
                clock.instant(),
                basis,
                message.senderId(),
                r.getReason(),
                r.getDecisionNumber(),
                decisionDate,
                r.getDecisionBody());
        return LicenseRecords.answer(locale, change(r, action, change, senders.scope(message.senderId())));
    }

    private LicenseView change(ChangeLicenseRequest r, LicenseAction action, LicenseChange change, SenderScope sender) {
        String number = r.getLicenseNumber();
        return switch (action) {
            case SUSPEND, RESUME, TERMINATE -> registry.changeByDecision(number, action, change, sender);
            case ADD_OBJECT ->
                registry.addObjectByDecision(
                        number, r.getObjectAddress(), r.getObjectDescription(), decided(change), sender);
            case REMOVE_OBJECT ->
                registry.removeObjectByDecision(
                        number, r.getObjectId() == null ? -1 : r.getObjectId(), decided(change), sender);
            default -> throw new ElicensingException(ErrorCode.SCHEMA_VIOLATION, action + " is not a registry change");
        };
    }

    /** An object change by message is a court's or an authority's decision. */
    private static LicenseChange decided(LicenseChange change) {
        if (change.basis() != DecisionBasis.COURT && change.basis() != DecisionBasis.AUTHORITY) {
            throw new ElicensingException(ErrorCode.SCHEMA_VIOLATION, "a decision's basis is COURT or AUTHORITY");
        }
        return change;
    }
}

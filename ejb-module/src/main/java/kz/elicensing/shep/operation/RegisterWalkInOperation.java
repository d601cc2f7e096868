package kz.elicensing.shep.operation;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import kz.elicensing.application.sender.SenderDirectory;
import kz.elicensing.application.walkin.WalkInRequest;
import kz.elicensing.application.walkin.WalkInService;
import kz.elicensing.contract.v1.RegisterWalkInRequest;
import kz.elicensing.domain.catalog.Operation;
import kz.elicensing.domain.party.ApplicantKind;
import kz.elicensing.shep.InboundMessage;
import kz.elicensing.shep.OperationAnswer;
import kz.elicensing.shep.ServiceId;
import kz.elicensing.shep.ShepOperation;

/**
 * ELICENSE_RegisterWalkIn (channel 2): a provider's office system registers its officer's walk-in application; the
 * walk-in use case checks that the sender is bound to one provider and the named officer works for it.
 */
@ApplicationScoped
public class RegisterWalkInOperation implements ShepOperation {

    @EJB
    WalkInService walkIn;

    @Inject
    SenderDirectory senders;

    @Override
    public ServiceId serviceId() {
        return ServiceId.REGISTER_WALK_IN;
    }

    @Override
    public OperationAnswer handle(InboundMessage message, Locale locale) {
        RegisterWalkInRequest r = Payloads.read(message.payload(), RegisterWalkInRequest.class);
        List<WalkInRequest.ScanUpload> scans = r.getScan().stream()
                .map(s -> new WalkInRequest.ScanUpload(s.getDocumentCode(), s.getFileName(), s.getContent()))
                .toList();
        WalkInRequest request = new WalkInRequest(
                r.getRequestId(),
                r.getService(),
                Operation.valueOf(r.getOperation().value()),
                ApplicantKind.valueOf(r.getApplicantKind().value()),
                r.getApplicantId(),
                r.getPaymentReference(),
                r.getPresentedDocument(),
                scans,
                r.getLanguage() == null ? null : r.getLanguage().value(),
                r.getBaseLicenseNumber());
        return Payloads.receipt(
                locale,
                walkIn.registerBySystem(
                        senders.scope(message.senderId()), r.getOfficer(), request, message.messageId()),
                null);
    }
}

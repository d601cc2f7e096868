package kz.elicensing.shep.operation;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import kz.elicensing.application.intake.IntakeService;
import kz.elicensing.application.intake.Registration;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.error.Messages;
import kz.elicensing.infrastructure.xml.Jaxb;
import kz.elicensing.shep.InboundMessage;
import kz.elicensing.shep.OperationAnswer;
import kz.elicensing.shep.OutboundMessage;
import kz.elicensing.shep.ServiceId;
import kz.elicensing.shep.ShepOperation;

/** ELICENSE_SubmitApplication: a signed Application to intake; an ApplicationReceipt, or condition 2's business refusal. */
@ApplicationScoped
public class SubmitApplicationOperation implements ShepOperation {

    @EJB
    IntakeService intake;

    @Override
    public ServiceId serviceId() {
        return ServiceId.SUBMIT_APPLICATION;
    }

    @Override
    public OperationAnswer handle(InboundMessage message, Locale locale) {
        Registration registration = intake.submit(
                message.senderId(), message.messageId(), message.payload().getBytes(StandardCharsets.UTF_8));
        if (registration.registered()) {
            return Payloads.receipt(locale, registration.application(), registration.validationReport());
        }
        // condition 2's refusal (process 5): a business answer with its code, shown to the person at once
        ErrorCode refusal = registration.refusal();
        return new OperationAnswer(
                new OutboundMessage(
                        refusal.name(),
                        Messages.text(locale, refusal.messageKey()),
                        Jaxb.toXml(Payloads.acknowledgement(false, refusal.messageKey())),
                        null),
                registration.validationReport());
    }
}

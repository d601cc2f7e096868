package kz.elicensing.shep.operation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import kz.elicensing.application.intake.SignatureReports;
import kz.elicensing.contract.v1.VerifyDocumentRequest;
import kz.elicensing.domain.error.Messages;
import kz.elicensing.shep.InboundMessage;
import kz.elicensing.shep.OperationAnswer;
import kz.elicensing.shep.OutboundMessage;
import kz.elicensing.shep.ServiceId;
import kz.elicensing.shep.ShepOperation;

/** ELICENSE_VerifyDocument: any signed document's validation report, every step passed or failed. */
@ApplicationScoped
public class VerifyDocumentOperation implements ShepOperation {

    @Inject
    SignatureReports reports;

    @Inject
    Clock clock;

    @Override
    public ServiceId serviceId() {
        return ServiceId.VERIFY_DOCUMENT;
    }

    @Override
    public OperationAnswer handle(InboundMessage message, Locale locale) {
        String document =
                Payloads.read(message.payload(), VerifyDocumentRequest.class).getDocument();
        String report = reports.report(document.getBytes(StandardCharsets.UTF_8), clock.instant());
        return new OperationAnswer(
                new OutboundMessage(Payloads.SUCCESS, Messages.text(locale, "answer.success"), report, null));
    }
}

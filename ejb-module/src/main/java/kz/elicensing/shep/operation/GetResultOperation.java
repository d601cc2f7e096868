package kz.elicensing.shep.operation;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import kz.elicensing.application.query.ApplicationQueries;
import kz.elicensing.application.query.PrintedResult;
import kz.elicensing.application.sender.SenderDirectory;
import kz.elicensing.contract.v1.Result;
import kz.elicensing.contract.v1.ResultQuery;
import kz.elicensing.shep.InboundMessage;
import kz.elicensing.shep.OperationAnswer;
import kz.elicensing.shep.ServiceId;
import kz.elicensing.shep.ShepOperation;

/** ELICENSE_GetResult: the signed result exactly as signed, with its printable PDF, of an application the sender may see. */
@ApplicationScoped
public class GetResultOperation implements ShepOperation {

    @EJB
    ApplicationQueries queries;

    @Inject
    SenderDirectory senders;

    @Override
    public ServiceId serviceId() {
        return ServiceId.GET_RESULT;
    }

    @Override
    public OperationAnswer handle(InboundMessage message, Locale locale) {
        String number = Payloads.read(message.payload(), ResultQuery.class).getApplicationNumber();
        PrintedResult printed = queries.printedResult(number, locale.getLanguage(), senders.scope(message.senderId()));
        Result r = Payloads.FACTORY.createResult();
        r.setApplicationNumber(printed.result().applicationNumber());
        r.setKind(printed.result().kind());
        r.setSignedDocument(new String(printed.result().signedDocument(), StandardCharsets.UTF_8));
        r.setPdf(printed.pdf());
        return Payloads.success(locale, "answer.success", r, number);
    }
}

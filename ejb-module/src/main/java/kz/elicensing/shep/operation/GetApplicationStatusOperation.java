package kz.elicensing.shep.operation;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import kz.elicensing.application.query.ApplicationQueries;
import kz.elicensing.application.query.ApplicationView;
import kz.elicensing.application.sender.SenderDirectory;
import kz.elicensing.application.sender.SenderScope;
import kz.elicensing.contract.v1.ApplicationStatusList;
import kz.elicensing.contract.v1.ApplicationStatusType;
import kz.elicensing.contract.v1.HistoryStep;
import kz.elicensing.contract.v1.StatusQuery;
import kz.elicensing.domain.error.Messages;
import kz.elicensing.infrastructure.xml.XmlDates;
import kz.elicensing.shep.InboundMessage;
import kz.elicensing.shep.OperationAnswer;
import kz.elicensing.shep.ServiceId;
import kz.elicensing.shep.ShepOperation;

/** ELICENSE_GetApplicationStatus: one application's status by number, or an IIN/BIN's applications, those the sender may see. */
@ApplicationScoped
public class GetApplicationStatusOperation implements ShepOperation {

    @EJB
    ApplicationQueries queries;

    @Inject
    SenderDirectory senders;

    @Override
    public ServiceId serviceId() {
        return ServiceId.GET_APPLICATION_STATUS;
    }

    @Override
    public OperationAnswer handle(InboundMessage message, Locale locale) {
        StatusQuery query = Payloads.read(message.payload(), StatusQuery.class);
        SenderScope sender = senders.scope(message.senderId());
        if (query.getApplicationNumber() != null) {
            return Payloads.success(
                    locale,
                    "answer.success",
                    Payloads.FACTORY.createApplicationStatus(
                            status(queries.byNumber(query.getApplicationNumber(), sender))),
                    query.getApplicationNumber());
        }
        ApplicationStatusList list = Payloads.FACTORY.createApplicationStatusList();
        queries.byApplicant(query.getApplicantId(), sender)
                .forEach(a -> list.getApplicationStatus().add(status(a)));
        return Payloads.success(locale, "answer.success", list, null);
    }

    private static ApplicationStatusType status(ApplicationView a) {
        ApplicationStatusType s = Payloads.FACTORY.createApplicationStatusType();
        s.setApplicationNumber(a.number());
        s.setService(a.serviceCode());
        s.setOperation(
                kz.elicensing.contract.v1.Operation.fromValue(a.operation().name()));
        s.setApplicantId(a.applicantId());
        s.setStatus(a.status().name());
        s.setStatusRu(Messages.ru(a.status().messageKey()));
        s.setStatusKz(Messages.kk(a.status().messageKey()));
        s.setRegisteredAt(XmlDates.dateTime(a.registeredAt()));
        s.setDeadline(XmlDates.date(a.deadline()));
        ApplicationStatusType.History history = Payloads.FACTORY.createApplicationStatusTypeHistory();
        for (ApplicationView.Step step : a.history()) {
            HistoryStep h = Payloads.FACTORY.createHistoryStep();
            h.setStatus(step.status().name());
            h.setAt(XmlDates.dateTime(step.at()));
            h.setActorRole(step.actorRole().name());
            h.setNote(step.note());
            history.getStep().add(h);
        }
        s.setHistory(history);
        s.setResultAvailable(a.resultAvailable());
        if (a.currentStep() != null) {
            s.setCurrentStep(a.currentStep());
            s.setStepDeadline(XmlDates.date(a.stepDeadline()));
        }
        return s;
    }
}

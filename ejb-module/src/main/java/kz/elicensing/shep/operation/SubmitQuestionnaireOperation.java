package kz.elicensing.shep.operation;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import kz.elicensing.application.deadline.QualityQuestionnaire;
import kz.elicensing.contract.v1.Questionnaire;
import kz.elicensing.domain.application.SatisfactionLevel;
import kz.elicensing.shep.InboundMessage;
import kz.elicensing.shep.OperationAnswer;
import kz.elicensing.shep.ServiceId;
import kz.elicensing.shep.ShepOperation;

/** ELICENSE_SubmitQuestionnaire: the applicant's two answers on their own decided application, once. */
@ApplicationScoped
public class SubmitQuestionnaireOperation implements ShepOperation {

    @EJB
    QualityQuestionnaire questionnaires;

    @Override
    public ServiceId serviceId() {
        return ServiceId.SUBMIT_QUESTIONNAIRE;
    }

    @Override
    public OperationAnswer handle(InboundMessage message, Locale locale) {
        Questionnaire q = Payloads.read(message.payload(), Questionnaire.class);
        questionnaires.answer(
                message.senderId(),
                q.getApplicationNumber(),
                q.getApplicantId(),
                SatisfactionLevel.valueOf(q.getProcessQuality().value()),
                SatisfactionLevel.valueOf(q.getInformationQuality().value()));
        return Payloads.success(
                locale,
                "answer.questionnaire",
                Payloads.acknowledgement(true, "answer.questionnaire"),
                q.getApplicationNumber());
    }
}

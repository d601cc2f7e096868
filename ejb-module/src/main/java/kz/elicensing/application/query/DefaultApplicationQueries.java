package kz.elicensing.application.query;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import kz.elicensing.application.sender.SenderScope;
import kz.elicensing.domain.application.ApplicationRepository;
import kz.elicensing.domain.application.LicenseApplication;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.party.IdentificationNumber;

/** Answers status and result questions from the stored applications, within the asking sender's scope. */
@Stateless
public class DefaultApplicationQueries implements ApplicationQueries {

    @Inject
    ApplicationRepository applications;

    @Inject
    Printouts printouts;

    @Override
    public ApplicationView byNumber(String applicationNumber, SenderScope sender) {
        return ApplicationView.of(load(applicationNumber, sender));
    }

    @Override
    public List<ApplicationView> byApplicant(String applicantId, SenderScope sender) {
        if (!IdentificationNumber.hasValidCheckDigit(applicantId)) {
            throw new ElicensingException(ErrorCode.INVALID_IIN, "not an IIN/BIN: " + applicantId, applicantId);
        }
        return applications.byApplicant(applicantId).stream()
                .filter(sender::maySee)
                .map(ApplicationView::of)
                .toList();
    }

    @Override
    public ResultDocument result(String applicationNumber, SenderScope sender) {
        LicenseApplication application = load(applicationNumber, sender);
        if (!application.resultAvailable()) {
            throw new ElicensingException(
                    ErrorCode.RESULT_NOT_READY, applicationNumber + " has no result yet", applicationNumber);
        }
        return new ResultDocument(
                application.number(),
                application.resultKind(),
                application.resultDocument(),
                application.providerCode());
    }

    @Override
    public PrintedResult printedResult(String applicationNumber, String language, SenderScope sender) {
        ResultDocument result = result(applicationNumber, sender);
        return new PrintedResult(result, printouts.pdf(result, language));
    }

    /** The application if the sender may see it; one it may not is the very fault of a number that does not exist. */
    private LicenseApplication load(String number, SenderScope sender) {
        return applications
                .byNumber(number)
                .filter(sender::maySee)
                .orElseThrow(() ->
                        new ElicensingException(ErrorCode.APPLICATION_NOT_FOUND, "no application " + number, number));
    }
}

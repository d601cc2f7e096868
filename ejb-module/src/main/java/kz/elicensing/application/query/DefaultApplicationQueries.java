package kz.elicensing.application.query;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import kz.elicensing.domain.application.ApplicationRepository;
import kz.elicensing.domain.application.LicenseApplication;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.party.IdentificationNumber;

/** Answers status and result questions from the stored applications. */
@Stateless
public class DefaultApplicationQueries implements ApplicationQueries {

    @Inject
    ApplicationRepository applications;

    @Inject
    Printouts printouts;

    @Override
    public ApplicationView byNumber(String applicationNumber) {
        return ApplicationView.of(load(applicationNumber));
    }

    @Override
    public List<ApplicationView> byApplicant(String applicantId) {
        if (!IdentificationNumber.hasValidCheckDigit(applicantId)) {
            throw new ElicensingException(ErrorCode.INVALID_IIN, "not an IIN/BIN: " + applicantId, applicantId);
        }
        return applications.byApplicant(applicantId).stream()
                .map(ApplicationView::of)
                .toList();
    }

    @Override
    public ResultDocument result(String applicationNumber) {
        LicenseApplication application = load(applicationNumber);
        if (!application.resultAvailable()) {
            throw new ElicensingException(
                    ErrorCode.RESULT_NOT_READY, applicationNumber + " has no result yet", applicationNumber);
        }
        return new ResultDocument(application.number(), application.resultKind(), application.resultDocument());
    }

    @Override
    public PrintedResult printedResult(String applicationNumber, String language) {
        ResultDocument result = result(applicationNumber);
        return new PrintedResult(result, printouts.pdf(result, language));
    }

    private LicenseApplication load(String number) {
        return applications
                .byNumber(number)
                .orElseThrow(() ->
                        new ElicensingException(ErrorCode.APPLICATION_NOT_FOUND, "no application " + number, number));
    }
}

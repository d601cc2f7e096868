package kz.elicensing.application.query;

import java.util.List;
import kz.elicensing.application.sender.SenderScope;

/**
 * Status and results of applications for integrations, each within the asking sender's scope: an application it may not
 * see is APPLICATION_NOT_FOUND, exactly like a number that does not exist.
 */
public interface ApplicationQueries {

    /** One application the sender may see, by number. */
    ApplicationView byNumber(String applicationNumber, SenderScope sender);

    /** The applicant's applications the sender may see (INVALID_IIN for a malformed IIN/BIN). */
    List<ApplicationView> byApplicant(String applicantId, SenderScope sender);

    /** The signed result of an application the sender may see (RESULT_NOT_READY before there is one). */
    ResultDocument result(String applicationNumber, SenderScope sender);

    /** The result with its printable PDF in {@code language} ("ru" or "kk"): what GetResult answers. */
    PrintedResult printedResult(String applicationNumber, String language, SenderScope sender);
}

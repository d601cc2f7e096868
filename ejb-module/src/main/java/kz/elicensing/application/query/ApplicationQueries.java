package kz.elicensing.application.query;

import java.util.List;

/** Status and results of applications for applicants and integrations. */
public interface ApplicationQueries {

    ApplicationView byNumber(String applicationNumber);

    List<ApplicationView> byApplicant(String applicantId);

    ResultDocument result(String applicationNumber);

    /** The result with its printable PDF in {@code language} ("ru" or "kk"): what GetResult answers. */
    PrintedResult printedResult(String applicationNumber, String language);
}

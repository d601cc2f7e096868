package kz.elicensing.it;

import java.time.Duration;

/** The officer's usual starting point in the ITs: a signed portal application of the demo company, in review. */
final class InReviewApplication {
    /** How long the registry check may take before the application is in review. */
    private static final Duration CHECKS = Duration.ofSeconds(60);

    private InReviewApplication() {}

    /** Submits the demo company's application, signed by its head, and returns its number once it is IN_REVIEW. */
    static String ofTheDemoCompany() throws Exception {
        String number = ItEnvironment.element(
                ItEnvironment.portal()
                        .submitApplication(ItEnvironment.sign(
                                ItEnvironment.companyApplication(),
                                ItEnvironment.sandbox().demo().company()))
                        .dataXml(),
                "applicationNumber");
        ItEnvironment.awaitStatus(number, "IN_REVIEW", CHECKS);
        return number;
    }
}

package kz.elicensing.application.query;

import java.time.LocalDate;
import kz.elicensing.domain.application.ApplicationStatus;
import kz.elicensing.domain.application.Channel;
import kz.elicensing.domain.application.LicenseApplication;

/** One line of an officer's list: the application, its channel, its deadline and to whom it is assigned. */
public record CaseView(
        String number,
        String serviceCode,
        String applicantId,
        String applicantName,
        ApplicationStatus status,
        LocalDate deadline,
        Channel channel,
        String assignedOfficer) {

    public static CaseView of(LicenseApplication a) {
        return new CaseView(
                a.number(),
                a.serviceCode(),
                a.applicantId(),
                a.applicantName(),
                a.status(),
                a.deadline(),
                a.channel(),
                a.assignedOfficer());
    }
}

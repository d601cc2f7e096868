package kz.elicensing.application.intake;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import kz.elicensing.application.intake.ApplicationRegistration.Submission;
import kz.elicensing.application.intake.ApplicationRegistration.Unpaid;
import kz.elicensing.domain.application.ApplicationForm;
import kz.elicensing.domain.application.Channel;
import kz.elicensing.domain.application.LicenseApplication;
import kz.elicensing.domain.application.SignedApplication;
import kz.elicensing.domain.application.SignedApplicationReader;
import kz.elicensing.domain.catalog.LicenseService;
import kz.elicensing.domain.catalog.Provider;
import kz.elicensing.domain.workflow.Deadline;

/**
 * Channel 1: verifies a signed application and registers it through the shared {@link ApplicationRegistration} (which
 * routes it to its provider: a per-region service's to the region the form names); an
 * unpaid fee is a business answer, the applicant is checked in the registry afterwards (queued), and the signed
 * document is evidence already as the message that carried it.
 */
@Stateless
public class DefaultIntakeService implements IntakeService {

    @Inject
    SignedApplicationReader reader;

    @Inject
    ApplicationRegistration registration;

    @Inject
    Clock clock;

    @Override
    public Registration submit(String senderId, String messageId, byte[] signedDocument) {
        Instant receivedAt = clock.instant();
        SignedApplication signed = reader.read(signedDocument, receivedAt);
        ApplicationForm form = signed.form();
        Submission submission = new Submission(
                Channel.PORTAL,
                senderId,
                messageId,
                receivedAt,
                form.requestId(),
                form.serviceCode(),
                form.operation(),
                form.applicantKind(),
                form.applicantId(),
                form.paymentReference(),
                form,
                Unpaid.ANSWER,
                null,
                false,
                signed.validationReport(),
                form.paymentReceipt());
        return registration.register(
                submission,
                (String number, Deadline deadline, LicenseService service, Provider provider, BigDecimal fee) ->
                        new LicenseApplication(
                                number,
                                signed,
                                provider.code(),
                                senderId,
                                messageId,
                                receivedAt,
                                deadline.registrationDay(),
                                deadline.lastDay()));
    }
}

package kz.elicensing.application.notice;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.logging.Logger;
import kz.elicensing.domain.application.ApplicantNotice;
import kz.elicensing.domain.application.ApplicantPortal;
import kz.elicensing.domain.application.ApplicationRepository;
import kz.elicensing.domain.application.LicenseApplication;
import kz.elicensing.domain.application.PortalNotice;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.error.Messages;

/** Builds a notice to the applicant from the stored application and hands it to the portal. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DefaultNoticeService implements NoticeService {
    private static final Logger LOG = Logger.getLogger(DefaultNoticeService.class.getName());
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    ApplicationRepository applications;

    @Inject
    ApplicantPortal portal;

    @Override
    public void send(String applicationNumber, ApplicantNotice notice, Instant occurredAt, String messageId) {
        LicenseApplication application = applications
                .byNumber(applicationNumber)
                .orElseThrow(() -> new ElicensingException(
                        ErrorCode.APPLICATION_NOT_FOUND, "no application " + applicationNumber, applicationNumber));
        portal.deliver(notice(application, notice, occurredAt), messageId);
        LOG.info(() -> applicationNumber + " " + notice + " notice delivered, messageId=" + messageId);
    }

    /** The notice as the applicant reads it; the result goes with ISSUED and REFUSED exactly as it was signed. */
    static PortalNotice notice(LicenseApplication application, ApplicantNotice notice, Instant occurredAt) {
        String deadline = application.deadline() == null ? "" : DAY.format(application.deadline());
        String key = notice.messageKey();
        boolean result = notice.carriesResult() && application.resultAvailable();
        return new PortalNotice(
                application.number(),
                application.applicantKind(),
                application.applicantId(),
                application.serviceCode(),
                notice,
                occurredAt,
                application.status(),
                application.deadline(),
                Messages.ru(key, application.number(), deadline),
                Messages.kk(key, application.number(), deadline),
                result ? application.resultKind() : null,
                result ? application.resultDocument() : null);
    }
}
